namespace Velvena.Application.Calendly.Ports;

/// <summary>
/// The decrypted access tokens this process keeps in memory for a short while, so that a sync's many Calendly calls
/// read and decrypt the stored connection once. Whoever replaces or erases a connection's tokens outside the token
/// source (connect, disconnect) makes this process forget the organization's entry once the change is saved.
/// </summary>
public interface ICalendlyAccessTokenCache
{
    /// <summary>Drops the organization's entry; a load already under way cannot put the old token back.</summary>
    void Forget(Guid organizationId);
}
