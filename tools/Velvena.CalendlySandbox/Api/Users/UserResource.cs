namespace Velvena.CalendlySandbox.Api.Users;

public sealed record UserResource(
    string Uri,
    string Name,
    string Slug,
    string Email,
    string SchedulingUrl,
    string Timezone,
    string TimeNotation,
    string? AvatarUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string CurrentOrganization,
    string ResourceType,
    string Locale);
