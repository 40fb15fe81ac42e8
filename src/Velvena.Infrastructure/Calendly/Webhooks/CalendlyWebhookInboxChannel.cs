using System.Threading.Channels;
using Velvena.Application.Calendly.Webhooks.Ports;

namespace Velvena.Infrastructure.Calendly.Webhooks;

/// <summary>
/// Accepted deliveries waiting for the in-process worker. Unbounded and in memory on purpose: the inbox table is the
/// durable copy, so a lost channel (a crash) loses nothing; the worker's start-up pickup and the sweep find them.
/// </summary>
internal sealed class CalendlyWebhookInboxChannel : ICalendlyWebhookInboxDispatcher
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid entryId) => _channel.Writer.TryWrite(entryId);
}
