namespace Velvena.CalendlySandbox.Control;

public sealed record NewOrganization(string Name = "Sandbox Organization", Guid? Uuid = null);
