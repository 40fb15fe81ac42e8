namespace Velvena.Application;

/// <summary>Anchor for assembly scanning (validators, architecture tests).</summary>
public static class ApplicationAssembly;
