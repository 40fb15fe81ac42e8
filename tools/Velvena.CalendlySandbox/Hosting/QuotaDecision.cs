namespace Velvena.CalendlySandbox.Hosting;

public readonly record struct QuotaDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds);
