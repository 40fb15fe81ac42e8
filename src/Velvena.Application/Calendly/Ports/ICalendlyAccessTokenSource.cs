namespace Velvena.Application.Calendly.Ports;

/// <summary>
/// A valid access token for an organization's connection, refreshed ahead of expiry under a single-flight
/// guard. The gateway's HTTP handler asks it before each call, and again with <c>forceRefresh</c> after a 401.
/// </summary>
public interface ICalendlyAccessTokenSource
{
    /// <param name="rejectedToken">The token Calendly just answered 401 to: refresh unless another caller already replaced it.</param>
    ValueTask<string> GetAccessTokenAsync(Guid organizationId, string? rejectedToken, CancellationToken cancellationToken);
}
