using Mediator;

namespace Velvena.Application.Calendly.Bookings.Record;

internal sealed class RecordCalendlyBookingCommandHandler(BookingBatchWriter writer)
    : ICommandHandler<RecordCalendlyBookingCommand, BookingOutcome>
{
    public async ValueTask<BookingOutcome> Handle(RecordCalendlyBookingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var outcomes = await writer.WriteAsync(command.OrganizationId, [new CalendlyEventInvitee(command.Event, command.Invitee)], [], cancellationToken);
        return outcomes[0];
    }
}
