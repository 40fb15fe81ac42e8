using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("Appointments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();

        builder.Property(a => a.CalendlyInviteeUri).HasMaxLength(Appointment.UriMaxLength).IsRequired();
        builder.Property(a => a.CalendlyEventUri).HasMaxLength(Appointment.UriMaxLength).IsRequired();
        builder.Property(a => a.EventName).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(a => a.Location).HasMaxLength(ColumnLengths.Location);
        builder.Property(a => a.Status).IsRequired();

        // The invitee's own words: not capped, so a long reason can never make a cancellation fail to save.
        builder.Property(a => a.CancellationReason);
        builder.Property(a => a.CanceledBy).HasMaxLength(ColumnLengths.Name);
        builder.Property(a => a.CancelerType).HasMaxLength(ColumnLengths.Code);
        builder.Property(a => a.RescheduledFromInviteeUri).HasMaxLength(Appointment.UriMaxLength);
        builder.Property(a => a.RescheduledToInviteeUri).HasMaxLength(Appointment.UriMaxLength);
        builder.Property(a => a.CalendlyCreatedAtUtc).IsRequired();
        builder.Property(a => a.CalendlyUpdatedAtUtc).IsRequired();

        // Webhook and sync may apply two copies of one invitee at once: the second writer must re-read, not overwrite.
        builder.Property(a => a.Version).IsConcurrencyToken();

        // The prospect relationship (cascade) is configured from Prospect's side. Deleting an organization
        // removes its appointments through its prospects; SQL Server refuses a second cascade path straight from
        // the organization. NO ACTION rather than RESTRICT: SQLite checks RESTRICT at once, before the cascade
        // through the prospects has run, while NO ACTION is checked at the end of the statement on both providers.
        builder.HasOne<Organization>()
            .WithMany()
            .HasForeignKey(a => a.OrganizationId)
            .OnDelete(DeleteBehavior.NoAction);

        // Idempotency: one appointment per Calendly invitee per organization (webhook and sync may both see it).
        builder.HasIndex(a => new { a.OrganizationId, a.CalendlyInviteeUri }).IsUnique();

        // A prospect's appointments in date order.
        builder.HasIndex(a => new { a.ProspectId, a.StartUtc });
    }
}
