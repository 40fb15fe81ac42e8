namespace Velvena.Bench.Seed;

/// <summary>What the seed kept per connected organization: the Calendly user it reads for, and its access token.</summary>
public sealed record SeedConnection(string Organization, string CalendlyUserUri, string AccessToken);
