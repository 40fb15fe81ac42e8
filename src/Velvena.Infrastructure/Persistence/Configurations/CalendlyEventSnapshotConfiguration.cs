using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class CalendlyEventSnapshotConfiguration : IEntityTypeConfiguration<CalendlyEventSnapshot>
{
    public void Configure(EntityTypeBuilder<CalendlyEventSnapshot> builder)
    {
        builder.ToTable("CalendlyEventSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.EventUri).HasMaxLength(ColumnLengths.Uri).IsRequired();
        builder.Property(s => s.Status).HasMaxLength(CalendlyEventSnapshot.StatusMaxLength).IsRequired();

        // One snapshot per event: two writers racing on one event cannot both insert.
        builder.HasIndex(s => new { s.OrganizationId, s.EventUri }).IsUnique();
        builder.HasIndex(s => new { s.OrganizationId, s.StartTimeUtc });
        builder.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
