using Microsoft.EntityFrameworkCore;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;
using Velvena.Infrastructure.Persistence.Conventions;

namespace Velvena.Infrastructure.Persistence;

/// <summary>
/// The one model, shared by both providers. Each provider has a thin derived context
/// (<see cref="SqliteAppDbContext"/>, <see cref="SqlServerAppDbContext"/>) so that each keeps its own migration set.
/// </summary>
public class AppDbContext : DbContext, IAppDbContext
{
    /// <summary>Takes the non-generic options so that the provider-specific contexts can pass their own.</summary>
    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Prospect> Prospects => Set<Prospect>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<CalendlyAuthorizationRequest> CalendlyAuthorizationRequests => Set<CalendlyAuthorizationRequest>();

    public DbSet<CalendlyWebhookInboxEntry> CalendlyWebhookInbox => Set<CalendlyWebhookInboxEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);

        // SQLite has no DateTimeOffset ordering and neither provider keeps DateTime.Kind: every DateTime is
        // written as UTC and read back with Kind = Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
