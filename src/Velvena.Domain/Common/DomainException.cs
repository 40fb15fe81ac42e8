namespace Velvena.Domain.Common;

/// <summary>A domain rule was broken by the caller (maps to 409/400 at the API edge).</summary>
public class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
