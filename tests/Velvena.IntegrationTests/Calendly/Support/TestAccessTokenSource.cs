using System.Collections.Concurrent;
using Velvena.Application.Calendly.Ports;

namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>Holds one organization's current token; a forced refresh swaps in the next queued token.</summary>
internal sealed class TestAccessTokenSource : ICalendlyAccessTokenSource
{
    private readonly Lock _gate = new();
    private readonly Queue<string> _refreshed = new();
    private string _current = string.Empty;

    public ConcurrentQueue<(Guid OrganizationId, string? RejectedToken)> Calls { get; } = new();

    public string Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }

        set
        {
            lock (_gate)
            {
                _current = value;
            }
        }
    }

    /// <summary>Tokens handed out, in order, each time the current one is reported rejected.</summary>
    public void QueueRefreshedToken(string token)
    {
        lock (_gate)
        {
            _refreshed.Enqueue(token);
        }
    }

    public ValueTask<string> GetAccessTokenAsync(Guid organizationId, string? rejectedToken, CancellationToken cancellationToken)
    {
        Calls.Enqueue((organizationId, rejectedToken));
        lock (_gate)
        {
            if (rejectedToken is not null && rejectedToken == _current && _refreshed.Count > 0)
            {
                _current = _refreshed.Dequeue();
            }

            return ValueTask.FromResult(_current);
        }
    }
}
