using Velvena.Application.Common.Interfaces;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>The application's protector, reporting to <paramref name="meter"/> each decryption of the metered organization's access token.</summary>
internal sealed class CountingTokenProtector(ITokenProtector inner, ConnectionLoadMeter meter) : ITokenProtector
{
    public string Protect(string token, Guid organizationId, TokenKind kind) => inner.Protect(token, organizationId, kind);

    public string Unprotect(string protectedToken, Guid organizationId, TokenKind kind)
    {
        if (kind == TokenKind.AccessToken && organizationId == meter.OrganizationId)
        {
            meter.CountAccessTokenDecryption();
        }

        return inner.Unprotect(protectedToken, organizationId, kind);
    }

    public bool NeedsReencryption(string protectedToken) => inner.NeedsReencryption(protectedToken);
}
