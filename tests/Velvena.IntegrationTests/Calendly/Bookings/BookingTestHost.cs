using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Bookings;
using Velvena.Application.Calendly.Bookings.Record;
using Velvena.Application.Common.Interfaces;
using Velvena.Domain.Organizations;
using Velvena.Domain.Prospects;
using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Calendly.Bookings;

/// <summary>The real API's container over a real SQLite file: each command runs in its own scope, as a request or job would.</summary>
internal sealed class BookingTestHost : IDisposable
{
    private readonly VelvenaApiFactory _factory = new();

    public async Task<Guid> CreateOrganizationAsync()
    {
        var id = Guid.NewGuid();
        await _factory.WithDbAsync(async db =>
        {
            db.Organizations.Add(new Organization(id, "Maison Velours", DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        return id;
    }

    public async Task<BookingOutcome> SendAsync(RecordCalendlyBookingCommand command)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<BookingOutcome> SendAsync(BookingBuilder booking, Guid organizationId) => await SendAsync(booking.For(organizationId));

    public async Task<IReadOnlyList<Prospect>> ProspectsAsync(Guid organizationId)
    {
        IReadOnlyList<Prospect> prospects = [];
        await _factory.WithDbAsync(async db => prospects = await db.Prospects
            .AsNoTracking()
            .Include(p => p.Appointments)
            .Where(p => p.OrganizationId == organizationId)
            .ToListAsync());
        return prospects;
    }

    public async Task<Prospect> SingleProspectAsync(Guid organizationId)
    {
        var prospects = await ProspectsAsync(organizationId);
        Assert.That(prospects, Has.Count.EqualTo(1), "one prospect per person");
        return prospects[0];
    }

    public async Task<int> AppointmentCountAsync(Guid organizationId)
    {
        var count = 0;
        await _factory.WithDbAsync(async db => count = await db.Appointments.CountAsync(a => a.OrganizationId == organizationId));
        return count;
    }

    /// <summary>What a boutique sees, without ids and write times: two organizations fed the same bookings compare equal.</summary>
    public async Task<string> EndStateAsync(Guid organizationId)
    {
        var prospects = await ProspectsAsync(organizationId);
        return string.Join(
            "\n---\n",
            prospects.OrderBy(p => p.NormalizedEmail, StringComparer.Ordinal).Select(p => string.Join(
                "\n",
                new[] { $"{p.FirstName}|{p.LastName}|{p.Email}|{p.Phone}|{p.Status}|{p.Source}|{p.Type}", p.Notes, p.Metadata.ToString() }
                    .Concat(p.Appointments.OrderBy(a => a.CalendlyInviteeUri, StringComparer.Ordinal).Select(a =>
                        $"{a.CalendlyInviteeUri}|{a.CalendlyEventUri}|{a.EventName}|{a.StartUtc:O}|{a.EndUtc:O}|{a.Location}|{a.Status}|{a.CancellationReason}|"
                        + $"{a.CanceledBy}|{a.CancelerType}|{a.CanceledAtUtc:O}|{a.RescheduledFromInviteeUri}|{a.RescheduledToInviteeUri}|{a.CalendlyCreatedAtUtc:O}|{a.CalendlyUpdatedAtUtc:O}")))));
    }

    public void Dispose() => _factory.Dispose();
}
