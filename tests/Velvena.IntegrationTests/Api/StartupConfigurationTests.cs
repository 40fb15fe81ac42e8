using Velvena.IntegrationTests.Infrastructure;

namespace Velvena.IntegrationTests.Api;

/// <summary>A wrong or missing setting stops the start with a message that names it.</summary>
public sealed class StartupConfigurationTests
{
    [TestCase("Auth:Jwt:SigningKey", "Auth:Jwt")]
    [TestCase("CALENDLY_CLIENT_ID", "CALENDLY_CLIENT_ID")]
    [TestCase("CALENDLY_CLIENT_SECRET", "CALENDLY_CLIENT_SECRET")]
    [TestCase("CALENDLY_REDIRECT_URI", "CALENDLY_REDIRECT_URI")]
    [TestCase("CALENDLY_WEBHOOK_SIGNING_KEY", "CALENDLY_WEBHOOK_SIGNING_KEY")]
    [TestCase("ENCRYPTION_KEY", "ENCRYPTION_KEY")]
    public void Production_refuses_to_start_without_a_required_setting(string missing, string named)
    {
        using var factory = new VelvenaApiFactory(new Dictionary<string, string?> { [missing] = null }, environment: "Production");

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(AllMessages(error), Does.Contain(named));
    }

    [TestCase("CALENDLY_API_BASE_URL", "not a url", "CALENDLY_API_BASE_URL")]
    [TestCase("Auth:Jwt:SigningKey", "too-short", "Auth:Jwt:SigningKey")]
    [TestCase("Hangfire:Storage", "Redis", "Hangfire")]
    [TestCase("Database:Provider", "Oracle", "Database:Provider")]
    public void A_wrong_setting_is_named(string key, string value, string named)
    {
        using var factory = new VelvenaApiFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Catch(() => factory.CreateClient());

        Assert.That(AllMessages(error), Does.Contain(named));
    }

    private static string AllMessages(Exception? error)
    {
        var messages = new List<string>();
        for (var e = error; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message);
            if (e is AggregateException aggregate)
            {
                messages.AddRange(aggregate.InnerExceptions.Select(i => i.Message));
            }
        }

        return string.Join(" | ", messages);
    }
}
