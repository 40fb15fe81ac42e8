namespace Velvena.Infrastructure;

/// <summary>Anchor for assembly scanning (EF configurations, architecture tests).</summary>
public static class InfrastructureAssembly;
