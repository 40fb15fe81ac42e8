namespace Velvena.Application.Calendly.Models;

/// <summary>A token response. <see cref="ToString"/> is redacted: a grant must never reach a log line.</summary>
public sealed record CalendlyTokenGrant(
    string AccessToken,
    string RefreshToken,
    DateTime ExpiresAtUtc,
    string OwnerUri,
    string OrganizationUri,
    string? Scope)
{
    public override string ToString() => $"CalendlyTokenGrant {{ Owner = {OwnerUri}, Organization = {OrganizationUri}, ExpiresAtUtc = {ExpiresAtUtc:O}, Scope = {Scope} }}";
}
