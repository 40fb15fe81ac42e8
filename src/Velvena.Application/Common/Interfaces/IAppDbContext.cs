using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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

    DbSet<CalendlyWebhookInboxEntry> CalendlyWebhookInbox { get; }

    /// <summary>Lets a handler that lost a race (unique index, concurrency token) forget what it loaded and start over.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
