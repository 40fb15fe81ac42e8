namespace Velvena.CalendlySandbox.Control;

/// <summary>A seeding request that cannot be honoured (unknown ids, full event...). The control API answers 400.</summary>
public sealed class SandboxSeedException : Exception
{
    public SandboxSeedException()
    {
    }

    public SandboxSeedException(string message)
        : base(message)
    {
    }

    public SandboxSeedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
