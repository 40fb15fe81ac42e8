using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Velvena.CalendlySandbox.Faults;
using Velvena.CalendlySandbox.Hosting;
using Velvena.CalendlySandbox.Json;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.Webhooks;

/// <summary>
/// Delivers booking changes to matching subscriptions in the background, signs them, retries failures
/// on the configured schedule, disables subscriptions past the retry window and deletes them on 410.
/// Retry waits run on the sandbox clock: with a fake clock, advance it to release them.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private readonly Channel<DeliveryJob> _queue = Channel.CreateUnbounded<DeliveryJob>();
    private readonly Lock _gate = new();
    private readonly List<DeliveryAttempt> _log = [];
    private readonly List<DeliveryJob> _held = [];
    private readonly SandboxState _state;
    private readonly SandboxOptions _options;
    private readonly FaultInjector _faults;
    private readonly SandboxUrls _urls;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly HttpClient _http;
    private int _inFlight;
    private long _sequence;
    private bool _holding;

    public WebhookDispatcher(SandboxState state, SandboxOptions options, FaultInjector faults, SandboxUrls urls, ILogger<WebhookDispatcher> logger)
    {
        _state = state;
        _options = options;
        _faults = faults;
        _urls = urls;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public IReadOnlyList<DeliveryAttempt> DeliveryLog
    {
        get
        {
            lock (_gate)
            {
                return [.. _log];
            }
        }
    }

    /// <summary>Deliveries waiting in the queue, in flight or waiting for a retry (held ones excluded).</summary>
    public int PendingCount => Volatile.Read(ref _inFlight);

    public int HeldCount
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    /// <summary>Keep new deliveries back until <see cref="Release"/> (to simulate late or out-of-order arrival).</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _holding = true;
        }
    }

    /// <summary>Stop holding and send what was held, shuffled (seeded) when asked.</summary>
    public int Release(bool shuffle)
    {
        List<DeliveryJob> released;
        lock (_gate)
        {
            _holding = false;
            released = shuffle ? _faults.Shuffle(_held) : [.. _held];
            _held.Clear();
        }

        foreach (var job in released)
        {
            Enqueue(job);
        }

        return released.Count;
    }

    public void ClearLog()
    {
        lock (_gate)
        {
            _log.Clear();
        }
    }

    public async Task WaitForIdleAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    internal void Publish(IReadOnlyList<WebhookNotification> notifications)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        var jobs = _state.Read(s =>
        {
            var created = new List<DeliveryJob>();
            foreach (var notification in notifications)
            {
                foreach (var subscription in s.WebhookSubscriptions.Values.OrderBy(x => x.CreatedAt))
                {
                    if (!subscription.Matches(notification.EventName, notification.ScheduledEvent))
                    {
                        continue;
                    }

                    var envelope = new WebhookEnvelope(notification.EventName, notification.At, _urls.User(subscription.CreatorUuid), notification.Payload);
                    created.Add(new DeliveryJob(
                        subscription.Uuid,
                        _urls.WebhookSubscription(subscription.Uuid),
                        subscription.CallbackUrl,
                        subscription.SigningKey,
                        notification.EventName,
                        notification.InviteeUri,
                        JsonSerializer.SerializeToUtf8Bytes(envelope, CalendlyJson.Options),
                        1,
                        null,
                        false));
                }
            }

            return created;
        });

        foreach (var job in jobs)
        {
            if (_faults.Draw(_faults.Current.WebhookDuplicateShare))
            {
                Route(job with { Duplicate = true });
            }

            Route(job);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; undelivered notifications die with the sandbox.
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    private void Route(DeliveryJob job)
    {
        lock (_gate)
        {
            if (_holding)
            {
                _held.Add(job);
                return;
            }
        }

        Enqueue(job);
    }

    private void Enqueue(DeliveryJob job)
    {
        Interlocked.Increment(ref _inFlight);
        if (!_queue.Writer.TryWrite(job))
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task DeliverAsync(DeliveryJob job, CancellationToken stoppingToken)
    {
        var retrying = false;
        try
        {
            retrying = await AttemptAsync(job, stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            _logger.LogError(exception, "Webhook delivery to {CallbackUrl} crashed", job.CallbackUrl);
        }
        finally
        {
            if (!retrying)
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    /// <summary>Returns true when a retry was scheduled (the job stays in flight).</summary>
    private async Task<bool> AttemptAsync(DeliveryJob job, CancellationToken stoppingToken)
    {
        var now = _options.TimeProvider.GetUtcNow();
        var subscriptionActive = _state.Read(s =>
            s.WebhookSubscriptions.GetValueOrDefault(job.SubscriptionUuid)?.State == WebhookSubscriptionState.Active);
        if (!subscriptionActive)
        {
            Record(job, null, now, DeliveryOutcome.Skipped);
            return false;
        }

        if (_faults.Draw(_faults.Current.WebhookDropShare))
        {
            Record(job, null, now, DeliveryOutcome.Dropped);
            return false;
        }

        if (!LoopbackUrl.IsAllowed(job.CallbackUrl))
        {
            Record(job, null, now, DeliveryOutcome.Failed);
            return false;
        }

        var (status, outcome) = await SendAsync(job, now, stoppingToken);
        Record(job, status, now, outcome);
        if (outcome == DeliveryOutcome.Delivered)
        {
            _state.Write(s =>
            {
                if (s.WebhookSubscriptions.GetValueOrDefault(job.SubscriptionUuid) is { RetryStartedAt: not null } subscription)
                {
                    subscription.RetryStartedAt = null;
                    subscription.UpdatedAt = now;
                }

                return 0;
            });
            return false;
        }

        if (outcome == DeliveryOutcome.Gone)
        {
            _state.Write(s => s.WebhookSubscriptions.Remove(job.SubscriptionUuid));
            return false;
        }

        return ScheduleRetryOrDisable(job, now, stoppingToken);
    }

    private async Task<(int? Status, string Outcome)> SendAsync(DeliveryJob job, DateTimeOffset now, CancellationToken stoppingToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, job.CallbackUrl)
        {
            Content = new ByteArrayContent(job.Body),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Create(job.SigningKey, now.ToUnixTimeSeconds(), job.Body));
        request.Headers.UserAgent.ParseAdd("Calendly-Sandbox-Webhooks/1.0");

        // The receiver timeout is wall-clock on purpose: a fake sandbox clock must not make a slow receiver look fast.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(_options.WebhookTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return status switch
            {
                >= 200 and < 300 => (status, DeliveryOutcome.Delivered),
                410 => (status, DeliveryOutcome.Gone),
                _ => (status, DeliveryOutcome.Failed),
            };
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (null, DeliveryOutcome.TimedOut);
        }
        catch (HttpRequestException)
        {
            return (null, DeliveryOutcome.Failed);
        }
    }

    private bool ScheduleRetryOrDisable(DeliveryJob job, DateTimeOffset now, CancellationToken stoppingToken)
    {
        var firstFailure = job.FirstFailureAt ?? now;
        var delays = _options.WebhookRetryDelays;
        var exhausted = job.Attempt > delays.Count || now - firstFailure >= _options.WebhookRetryWindow;
        _state.Write(s =>
        {
            if (s.WebhookSubscriptions.GetValueOrDefault(job.SubscriptionUuid) is { } subscription)
            {
                subscription.RetryStartedAt ??= firstFailure;
                subscription.UpdatedAt = now;
                if (exhausted)
                {
                    subscription.State = WebhookSubscriptionState.Disabled;
                }
            }

            return 0;
        });

        if (exhausted)
        {
            Record(job, null, now, DeliveryOutcome.SubscriptionDisabled);
            return false;
        }

        var next = job with { Attempt = job.Attempt + 1, FirstFailureAt = firstFailure };
        _ = RetryLaterAsync(next, delays[job.Attempt - 1], stoppingToken);
        return true;
    }

    private async Task RetryLaterAsync(DeliveryJob job, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, _options.TimeProvider, stoppingToken);
            if (!_queue.Writer.TryWrite(job))
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
        catch (OperationCanceledException)
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Record(DeliveryJob job, int? status, DateTimeOffset at, string outcome)
    {
        lock (_gate)
        {
            _log.Add(new DeliveryAttempt(++_sequence, job.SubscriptionUri, job.CallbackUrl, job.EventName, job.InviteeUri, job.Attempt, status, at, outcome, job.Duplicate));
        }
    }
}
