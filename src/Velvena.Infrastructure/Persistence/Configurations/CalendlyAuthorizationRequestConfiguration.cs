using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class CalendlyAuthorizationRequestConfiguration : IEntityTypeConfiguration<CalendlyAuthorizationRequest>
{
    public void Configure(EntityTypeBuilder<CalendlyAuthorizationRequest> builder)
    {
        builder.ToTable("CalendlyAuthorizationRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();

        // SHA-256 in hex.
        builder.Property(r => r.StateHash).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(r => r.StateHash).IsUnique();

        builder.Property(r => r.UserId).HasMaxLength(ColumnLengths.Name).IsRequired();
        builder.Property(r => r.EncryptedCodeVerifier).IsUnicode(false).IsRequired();
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ExpiresAtUtc);
    }
}
