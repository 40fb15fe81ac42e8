namespace Velvena.Demo;

/// <summary>A step of the demo did not give the expected result; the message says which and what was seen.</summary>
public sealed class DemoStepFailedException : Exception
{
    public DemoStepFailedException()
    {
    }

    public DemoStepFailedException(string message)
        : base(message)
    {
    }

    public DemoStepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
