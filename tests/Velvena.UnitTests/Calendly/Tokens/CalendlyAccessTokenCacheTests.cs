using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Velvena.Infrastructure.Calendly.Tokens;

namespace Velvena.UnitTests.Calendly.Tokens;

public sealed class CalendlyAccessTokenCacheTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Organization = Guid.NewGuid();

    private FakeTimeProvider _clock = null!;
    private CalendlyAccessTokenCache _cache = null!;

    [SetUp]
    public void CreateCache()
    {
        _clock = new FakeTimeProvider(Start);
        _cache = CacheFor(TimeSpan.FromMinutes(1));
    }

    [Test]
    public void A_remembered_token_is_served_for_the_cache_duration_and_not_after()
    {
        Remember("token-1", expiresIn: TimeSpan.FromHours(2));

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.That(Served(), Is.EqualTo("token-1"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(Served(), Is.Null);
    }

    [Test]
    public void A_token_is_not_served_within_the_refresh_margin_of_its_expiry()
    {
        _cache = CacheFor(TimeSpan.FromHours(3));
        Remember("token-1", expiresIn: TimeSpan.FromMinutes(10));

        _clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.That(Served(), Is.EqualTo("token-1"));

        _clock.Advance(TimeSpan.FromTicks(1));
        Assert.That(Served(), Is.Null, "five minutes before expiry the token source would refresh it");
    }

    [Test]
    public void A_token_already_inside_the_refresh_margin_or_without_an_expiry_is_not_kept()
    {
        Remember("dying", expiresIn: TimeSpan.FromMinutes(4));
        Assert.That(Served(), Is.Null);

        _cache.Remember(Organization, _cache.Generation(Organization), "no-expiry", expiresAtUtc: null);
        Assert.That(Served(), Is.Null);
    }

    [Test]
    public void A_zero_cache_duration_turns_the_cache_off()
    {
        _cache = CacheFor(TimeSpan.Zero);
        Remember("token-1", expiresIn: TimeSpan.FromHours(2));

        Assert.That(Served(), Is.Null);
    }

    [Test]
    public void Forgetting_the_rejected_token_drops_it_but_not_a_newer_one()
    {
        Remember("token-2", expiresIn: TimeSpan.FromHours(2));

        _cache.Forget(Organization, "token-1");
        Assert.That(Served(), Is.EqualTo("token-2"), "a 401 to an older token leaves the refreshed one in place");

        _cache.Forget(Organization, "token-2");
        Assert.That(Served(), Is.Null);
    }

    [Test]
    public void A_load_that_began_before_an_eviction_cannot_put_its_token_back()
    {
        var generationBeforeLoad = _cache.Generation(Organization);
        _cache.Forget(Organization);

        _cache.Remember(Organization, generationBeforeLoad, "read-before-the-disconnect", Start.UtcDateTime.AddHours(2));
        Assert.That(Served(), Is.Null);

        Remember("read-after", expiresIn: TimeSpan.FromHours(2));
        Assert.That(Served(), Is.EqualTo("read-after"));
    }

    [Test]
    public void A_slow_load_of_the_previous_token_does_not_replace_a_refreshed_one()
    {
        var slowLoad = _cache.Generation(Organization);
        Remember("refreshed", expiresIn: TimeSpan.FromHours(2));

        _cache.Remember(Organization, slowLoad, "previous", Start.UtcDateTime.AddMinutes(30));

        Assert.That(Served(), Is.EqualTo("refreshed"));
    }

    [Test]
    public void Entries_are_per_organization()
    {
        var other = Guid.NewGuid();
        Remember("token-1", expiresIn: TimeSpan.FromHours(2));

        _cache.Forget(other);

        Assert.That(Served(), Is.EqualTo("token-1"));
        Assert.That(_cache.TryGet(other, out _), Is.False);
    }

    private CalendlyAccessTokenCache CacheFor(TimeSpan duration) =>
        new(Options.Create(new CalendlyTokenOptions { AccessTokenCacheDuration = duration, RefreshMargin = TimeSpan.FromMinutes(5) }), _clock);

    private void Remember(string token, TimeSpan expiresIn) =>
        _cache.Remember(Organization, _cache.Generation(Organization), token, _clock.GetUtcNow().UtcDateTime + expiresIn);

    private string? Served() => _cache.TryGet(Organization, out var token) ? token : null;
}
