namespace Velvena.Application.Calendly.Models;

public sealed record CalendlyUser(string Uri, string Name, string Email, string CurrentOrganization, string? Timezone);
