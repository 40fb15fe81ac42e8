namespace Velvena.CalendlySandbox.Api.Common;

public sealed record ResourceResponse<T>(T Resource);
