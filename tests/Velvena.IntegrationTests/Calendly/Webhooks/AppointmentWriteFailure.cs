using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Velvena.Domain.Prospects;

namespace Velvena.IntegrationTests.Calendly.Webhooks;

/// <summary>While armed, every save that would add an appointment fails: a booking write that keeps failing.</summary>
internal sealed class AppointmentWriteFailure : SaveChangesInterceptor
{
    private volatile bool _armed;

    public void Arm() => _armed = true;

    public void Disarm() => _armed = false;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        FailWhenArmed(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        FailWhenArmed(eventData);
        return base.SavingChanges(eventData, result);
    }

    private void FailWhenArmed(DbContextEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (_armed && eventData.Context is { } context && context.ChangeTracker.Entries<Appointment>().Any(e => e.State == EntityState.Added))
        {
            throw new InvalidOperationException("Injected failure: the appointment could not be written.");
        }
    }
}
