namespace Velvena.Domain;

/// <summary>Anchor for assembly scanning (architecture tests, DI).</summary>
public static class DomainAssembly;
