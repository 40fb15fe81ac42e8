using Riok.Mapperly.Abstractions;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Prospects;

[Mapper(EnumMappingStrategy = EnumMappingStrategy.ByName)]
internal static partial class ProspectMapper
{
    [MapperIgnoreSource(nameof(Prospect.OrganizationId))]
    [MapperIgnoreSource(nameof(Prospect.NormalizedEmail))]
    [MapperIgnoreSource(nameof(Prospect.Notes))]
    [MapperIgnoreSource(nameof(Prospect.Metadata))]
    [MapperIgnoreSource(nameof(Prospect.Appointments))]
    [MapperIgnoreSource(nameof(Prospect.Version))]
    public static partial ProspectSummaryDto ToSummaryDto(this Prospect prospect);

    [MapperIgnoreSource(nameof(Prospect.OrganizationId))]
    [MapperIgnoreSource(nameof(Prospect.NormalizedEmail))]
    [MapperIgnoreSource(nameof(Prospect.Version))]
    public static partial ProspectDto ToDto(this Prospect prospect);

    public static partial IQueryable<ProspectSummaryDto> ProjectToSummary(this IQueryable<Prospect> prospects);

    private static partial ProspectMetadataDto ToDto(ProspectMetadata metadata);

    [MapperIgnoreSource(nameof(Appointment.OrganizationId))]
    [MapperIgnoreSource(nameof(Appointment.ProspectId))]
    [MapperIgnoreSource(nameof(Appointment.CreatedAtUtc))]
    [MapperIgnoreSource(nameof(Appointment.UpdatedAtUtc))]
    [MapperIgnoreSource(nameof(Appointment.CalendlyCreatedAtUtc))]
    [MapperIgnoreSource(nameof(Appointment.CalendlyUpdatedAtUtc))]
    [MapperIgnoreSource(nameof(Appointment.Version))]
    [MapperIgnoreSource(nameof(Appointment.IsActive))]
    private static partial AppointmentDto ToDto(Appointment appointment);

    private static string StatusToString(AppointmentStatus status) => status.ToString();
}
