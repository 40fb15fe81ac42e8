namespace Velvena.CalendlySandbox.Api.Common;

public sealed record ErrorDetail(string Parameter, string Message, string Code = "invalid");
