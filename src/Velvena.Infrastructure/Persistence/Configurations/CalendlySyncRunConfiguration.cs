using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;

namespace Velvena.Infrastructure.Persistence.Configurations;

internal sealed class CalendlySyncRunConfiguration : IEntityTypeConfiguration<CalendlySyncRun>
{
    public void Configure(EntityTypeBuilder<CalendlySyncRun> builder)
    {
        builder.ToTable("CalendlySyncRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Ignore(r => r.Counts);

        // Free text from Calendly: not capped, so recording a failure can never fail.
        builder.Property(r => r.Error);
        builder.HasIndex(r => new { r.OrganizationId, r.StartedAtUtc });
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
