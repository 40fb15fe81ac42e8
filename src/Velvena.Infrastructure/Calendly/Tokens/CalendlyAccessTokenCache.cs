using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using Velvena.Application.Calendly.Ports;

namespace Velvena.Infrastructure.Calendly.Tokens;

/// <summary>
/// Per organization, the decrypted access token the token source last read or obtained, handed to the HTTP handler
/// without a scope, a query or a decryption until the earlier of <see cref="CalendlyTokenOptions.AccessTokenCacheDuration"/>
/// after it was stored and <see cref="CalendlyTokenOptions.RefreshMargin"/> before it expires (past that point the
/// token source would refresh it). Every eviction bumps the organization's generation, and a token is only stored
/// under the generation read before its connection was loaded: a load that raced a disconnect, a reconnect or a 401
/// cannot put the old token back. A token never replaces one that expires later (a slow load after a refresh).
/// </summary>
internal sealed class CalendlyAccessTokenCache(IOptions<CalendlyTokenOptions> options, TimeProvider clock) : ICalendlyAccessTokenCache
{
    private readonly ConcurrentDictionary<Guid, Slot> _slots = new();

    public bool TryGet(Guid organizationId, [NotNullWhen(true)] out string? accessToken)
    {
        accessToken = _slots.TryGetValue(organizationId, out var slot) ? slot.Serve(clock.GetUtcNow().UtcDateTime) : null;
        return accessToken is not null;
    }

    /// <summary>Read before loading the connection, and handed back to <see cref="Remember"/>.</summary>
    public long Generation(Guid organizationId) => SlotOf(organizationId).Generation;

    public void Remember(Guid organizationId, long generation, string accessToken, DateTime? expiresAtUtc)
    {
        if (expiresAtUtc is not { } expires)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var serveUntil = Min(now + options.Value.AccessTokenCacheDuration, expires - options.Value.RefreshMargin);
        if (serveUntil > now)
        {
            SlotOf(organizationId).Store(generation, new Entry(accessToken, expires, serveUntil), now);
        }
    }

    public void Forget(Guid organizationId) => SlotOf(organizationId).Evict(rejectedToken: null);

    /// <summary>Calendly answered 401 to <paramref name="rejectedToken"/>: drop it if it is the one held.</summary>
    public void Forget(Guid organizationId, string rejectedToken) => SlotOf(organizationId).Evict(rejectedToken);

    private Slot SlotOf(Guid organizationId) => _slots.GetOrAdd(organizationId, static _ => new Slot());

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    /// <summary>A class, not a record: a generated <c>ToString</c> would print the token.</summary>
    private sealed class Entry(string accessToken, DateTime expiresAtUtc, DateTime serveUntilUtc)
    {
        public string AccessToken { get; } = accessToken;

        public DateTime ExpiresAtUtc { get; } = expiresAtUtc;

        public DateTime ServeUntilUtc { get; } = serveUntilUtc;
    }

    private sealed class Slot
    {
        private readonly Lock _gate = new();
        private volatile Entry? _entry;
        private long _generation;

        public long Generation
        {
            get
            {
                lock (_gate)
                {
                    return _generation;
                }
            }
        }

        public string? Serve(DateTime nowUtc) => _entry is { } entry && nowUtc < entry.ServeUntilUtc ? entry.AccessToken : null;

        public void Store(long generation, Entry entry, DateTime nowUtc)
        {
            lock (_gate)
            {
                if (generation != _generation || (_entry is { } held && held.ExpiresAtUtc > entry.ExpiresAtUtc && nowUtc < held.ServeUntilUtc))
                {
                    return;
                }

                _entry = entry;
            }
        }

        public void Evict(string? rejectedToken)
        {
            lock (_gate)
            {
                _generation++;
                if (rejectedToken is null || string.Equals(_entry?.AccessToken, rejectedToken, StringComparison.Ordinal))
                {
                    _entry = null;
                }
            }
        }
    }
}
