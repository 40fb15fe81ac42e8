using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength).IsRequired();
        builder.Property(o => o.TimeZone).HasMaxLength(ColumnLengths.TimeZone).IsRequired();
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsUnicode(false).IsRequired();
        builder.Property(o => o.CreatedAtUtc).IsRequired();

        // The connection lives in its own table (one row per organization, sharing its key): it holds the
        // encrypted tokens and changes on every refresh and sync, while the organization row hardly changes.
        // Its Version token then guards only the connection; an organization rename never conflicts with a
        // token refresh, as it would if both shared one row (EF extends a shared row's token to every writer).
        builder.OwnsOne(o => o.Calendly, ConfigureCalendly);
        builder.Navigation(o => o.Calendly).IsRequired();
    }

    private static void ConfigureCalendly(OwnedNavigationBuilder<Organization, CalendlyConnection> calendly)
    {
        calendly.ToTable("CalendlyConnections");
        calendly.WithOwner().HasForeignKey("OrganizationId");
        calendly.HasKey("OrganizationId");

        calendly.Property(c => c.Mode).HasMaxLength(ColumnLengths.Code).IsRequired();
        calendly.Property(c => c.OAuthEmail).HasMaxLength(Prospect.EmailMaxLength);
        calendly.Property(c => c.OAuthUserUri).HasMaxLength(ColumnLengths.Uri);
        calendly.Property(c => c.OrganizationUri).HasMaxLength(ColumnLengths.Uri);

        // Ciphertext envelopes are ASCII; their length depends on the token protector and on Calendly's token
        // format, neither of which this layer controls, so they are not capped.
        calendly.Property(c => c.EncryptedAccessToken).IsUnicode(false);
        calendly.Property(c => c.EncryptedRefreshToken).IsUnicode(false);

        calendly.Property(c => c.ConnectedBy).HasMaxLength(ColumnLengths.Name);

        // Free-text diagnostics are not capped: a long error must never make recording the failure fail.
        calendly.Property(c => c.ReauthorizationReason);
        calendly.Property(c => c.LastSyncError);

        calendly.Property(c => c.WebhookSubscriptionUri).HasMaxLength(ColumnLengths.Uri);
        calendly.Property(c => c.Version).IsConcurrencyToken();
        calendly.Property(c => c.RefreshLeaseId);

        // Webhook deliveries name the Calendly organization; this is how they find the Velvena one.
        calendly.HasIndex(c => c.OrganizationUri);
    }
}
