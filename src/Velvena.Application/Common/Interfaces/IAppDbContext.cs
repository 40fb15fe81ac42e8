using Microsoft.EntityFrameworkCore;
using Velvena.Domain.Calendly;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;

namespace Velvena.Application.Common.Interfaces;

/// <summary>The application's view of the database: the aggregates it may query and save.</summary>
public interface IAppDbContext
{
    DbSet<Organization> Organizations { get; }

    DbSet<Prospect> Prospects { get; }

    DbSet<Appointment> Appointments { get; }

    DbSet<CalendlyAuthorizationRequest> CalendlyAuthorizationRequests { get; }

    DbSet<CalendlyEventSnapshot> CalendlyEventSnapshots { get; }

    DbSet<CalendlySyncRun> CalendlySyncRuns { get; }

    /// <summary>To forget loaded entities before reloading them after a concurrency conflict.</summary>
    Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
