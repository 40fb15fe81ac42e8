using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Control;

/// <summary>Without an organization a new one is created for the user.</summary>
public sealed record NewUser(
    string Name,
    string Email,
    Guid? Organization = null,
    UserRole Role = UserRole.Owner,
    string Timezone = "Europe/Paris",
    string Locale = "fr",
    Guid? Uuid = null);
