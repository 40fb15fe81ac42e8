using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Calendly;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class CalendlyWebhookInboxEntryConfiguration : IEntityTypeConfiguration<CalendlyWebhookInboxEntry>
{
    public void Configure(EntityTypeBuilder<CalendlyWebhookInboxEntry> builder)
    {
        builder.ToTable("CalendlyWebhookInbox");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.EventName).HasMaxLength(CalendlyWebhookInboxEntry.EventNameMaxLength).IsUnicode(false).IsRequired();
        builder.Property(e => e.InviteeUri).HasMaxLength(ColumnLengths.Uri).IsRequired();

        // The body's size is capped by the endpoint (Calendly:Webhooks:MaxBodyBytes), not here.
        builder.Property(e => e.Payload).IsRequired();
        builder.Property(e => e.LastError);

        // A redelivery is a no-op: the insert of the second copy fails on this index.
        builder.HasIndex(e => new { e.EventName, e.InviteeUri, e.DeliveryCreatedAtUtc }).IsUnique();

        // The retry sweep and the start-up pickup read the unprocessed entries, oldest first.
        builder.HasIndex(e => new { e.ProcessedAtUtc, e.ReceivedAtUtc });

        // The connection status counts an organization's retrying and given-up deliveries.
        builder.HasIndex(e => new { e.OrganizationId, e.Outcome });
    }
}
