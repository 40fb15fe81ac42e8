namespace Velvena.Domain.Common;

/// <summary>The one place that decides when two e-mail addresses are the same person.</summary>
public static class EmailAddress
{
    /// <summary>Trimmed and lower-cased (invariant); prospects are unique per organization on this value.</summary>
    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}
