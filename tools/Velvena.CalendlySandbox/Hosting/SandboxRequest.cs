namespace Velvena.CalendlySandbox.Hosting;

/// <summary>One API or OAuth request the sandbox answered (control API requests are not logged).</summary>
public sealed record SandboxRequest(string Method, string Path, string QueryString, int StatusCode, DateTimeOffset At);
