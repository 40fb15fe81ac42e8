using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class ProspectConfiguration : IEntityTypeConfiguration<Prospect>
{
    public void Configure(EntityTypeBuilder<Prospect> builder)
    {
        builder.ToTable("Prospects");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();

        builder.Property(p => p.FirstName).HasMaxLength(Prospect.NameMaxLength).IsRequired();
        builder.Property(p => p.LastName).HasMaxLength(Prospect.NameMaxLength).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(Prospect.EmailMaxLength).IsRequired();
        builder.Property(p => p.NormalizedEmail).HasMaxLength(Prospect.EmailMaxLength).IsRequired();
        builder.Property(p => p.Phone).HasMaxLength(Prospect.PhoneMaxLength);
        builder.Property(p => p.Status).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(p => p.Source).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(p => p.Type).HasMaxLength(ColumnLengths.Code).IsRequired();
        builder.Property(p => p.Notes).IsRequired();

        // Notes are appended by concurrent bookings of one person: the second writer must re-read, not overwrite.
        builder.Property(p => p.Version).IsConcurrencyToken();

        // A complex type mapped to ordinary columns (Metadata_*): the metadata record is a value, replaced
        // whole, which is exactly a complex type's semantics; columns behave the same on SQLite and SQL Server
        // (a JSON column is nvarchar(max) on one and TEXT on the other, with different JSON functions), they go
        // through the UTC DateTime convention like any column, and each one can be filtered on and indexed.
        builder.ComplexProperty(p => p.Metadata, ConfigureMetadata);

        builder.HasOne<Organization>()
            .WithMany()
            .HasForeignKey(p => p.OrganizationId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(p => p.Appointments)
            .WithOne()
            .HasForeignKey(a => a.ProspectId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Appointments).UsePropertyAccessMode(PropertyAccessMode.Field);

        // Idempotency: one prospect per normalized e-mail per organization.
        builder.HasIndex(p => new { p.OrganizationId, p.NormalizedEmail }).IsUnique();

        // Listing newest first per organization, optionally filtered by status or by source.
        builder.HasIndex(p => new { p.OrganizationId, p.CreatedAtUtc }).IsDescending(false, true);
        builder.HasIndex(p => new { p.OrganizationId, p.Status, p.CreatedAtUtc }).IsDescending(false, false, true);
        builder.HasIndex(p => new { p.OrganizationId, p.Source, p.CreatedAtUtc }).IsDescending(false, false, true);
    }

    private static void ConfigureMetadata(ComplexPropertyBuilder<ProspectMetadata> metadata)
    {
        metadata.IsRequired();
        metadata.Property(m => m.CalendlyEventUri).HasMaxLength(ColumnLengths.Uri);
        metadata.Property(m => m.CalendlyInviteeUri).HasMaxLength(ColumnLengths.Uri);
        metadata.Property(m => m.EventName).HasMaxLength(ColumnLengths.Name);
        metadata.Property(m => m.EventLocation).HasMaxLength(ColumnLengths.Location);
        metadata.Property(m => m.UtmSource).HasMaxLength(ColumnLengths.Tracking);
        metadata.Property(m => m.UtmMedium).HasMaxLength(ColumnLengths.Tracking);
        metadata.Property(m => m.UtmCampaign).HasMaxLength(ColumnLengths.Tracking);
        metadata.Property(m => m.UtmContent).HasMaxLength(ColumnLengths.Tracking);
        metadata.Property(m => m.UtmTerm).HasMaxLength(ColumnLengths.Tracking);
        metadata.Property(m => m.CancelUrl).HasMaxLength(ColumnLengths.Uri);
        metadata.Property(m => m.RescheduleUrl).HasMaxLength(ColumnLengths.Uri);
    }
}
