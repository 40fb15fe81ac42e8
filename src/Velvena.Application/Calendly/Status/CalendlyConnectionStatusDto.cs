namespace Velvena.Application.Calendly.Status;

public sealed record CalendlyConnectionStatusDto(
    bool Connected,
    string? Email,
    string? CalendlyUserUri,
    string? CalendlyOrganizationUri,
    DateTime? ConnectedAtUtc,
    string? ConnectedBy,
    DateTime? TokenExpiresAtUtc,
    bool ReauthorizationRequired,
    string? ReauthorizationReason,
    CalendlySyncStatusDto LastSync,
    CalendlyWebhookStatusDto Webhook,
    DateTime? DisconnectedAtUtc,
    bool RemoteRevocationFailed);
