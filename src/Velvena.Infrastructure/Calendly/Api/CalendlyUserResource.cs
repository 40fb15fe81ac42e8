namespace Velvena.Infrastructure.Calendly.Api;

internal sealed class CalendlyUserResource
{
    public string? Uri { get; init; }
    public string? Name { get; init; }
    public string? Email { get; init; }
    public string? CurrentOrganization { get; init; }
    public string? Timezone { get; init; }
}
