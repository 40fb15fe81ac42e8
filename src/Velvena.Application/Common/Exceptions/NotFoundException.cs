namespace Velvena.Application.Common.Exceptions;

/// <summary>The resource does not exist for this caller (another organization's data is "not found" too).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException()
    {
    }

    public NotFoundException(string message)
        : base(message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static NotFoundException For(string resource, object key) => new($"{resource} '{key}' was not found.");
}
