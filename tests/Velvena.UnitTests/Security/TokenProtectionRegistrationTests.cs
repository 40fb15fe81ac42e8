using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Velvena.Application.Common.Interfaces;
using Velvena.Infrastructure.Security;

namespace Velvena.UnitTests.Security;

[TestFixture]
public sealed class TokenProtectionRegistrationTests
{
    private static readonly Guid OrganizationId = Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    private string _contentRoot = null!;

    [SetUp]
    public void SetUp()
    {
        _contentRoot = Path.Combine(Path.GetTempPath(), "velvena-tokens-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_contentRoot);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_contentRoot, recursive: true);

    [TestCase("Production")]
    [TestCase("Staging")]
    public async Task Outside_Development_the_host_refuses_to_start_without_a_key(string environmentName)
    {
        using var host = TokenProtectionHost.Build(environmentName, _contentRoot);

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Multiple(() =>
        {
            Assert.That(exception.Message, Does.Contain("ENCRYPTION_KEY").And.Contain("Encryption:Keys"));
            Assert.That(Directory.Exists(Path.Combine(_contentRoot, ".velvena")), Is.False);
        });
        await host.StopAsync();
    }

    [Test]
    public async Task The_host_refuses_to_start_with_an_invalid_key_and_does_not_show_it()
    {
        var key = TestKeys.NewKey(16);
        using var host = TokenProtectionHost.Build(Environments.Production, _contentRoot, new Dictionary<string, string?> { ["ENCRYPTION_KEY"] = key });

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Multiple(() =>
        {
            Assert.That(exception.Message, Does.Contain("ENCRYPTION_KEY must decode to 32 bytes"));
            Assert.That(exception.ToString(), Does.Not.Contain(key));
        });
        await host.StopAsync();
    }

    [Test]
    public async Task ENCRYPTION_KEY_at_the_configuration_root_is_used()
    {
        using var host = TokenProtectionHost.Build(
            Environments.Production, _contentRoot, new Dictionary<string, string?> { ["ENCRYPTION_KEY"] = TestKeys.NewKey() });
        await host.StartAsync();

        var protector = host.Services.GetRequiredService<ITokenProtector>();
        var protectedToken = protector.Protect("access-123", OrganizationId, TokenKind.AccessToken);

        Assert.Multiple(() =>
        {
            Assert.That(protectedToken, Does.StartWith("v1.default."));
            Assert.That(protector.Unprotect(protectedToken, OrganizationId, TokenKind.AccessToken), Is.EqualTo("access-123"));
            Assert.That(host.Services.GetRequiredService<ITokenProtector>(), Is.SameAs(protector));
        });
        await host.StopAsync();
    }

    [Test]
    public async Task A_key_ring_is_read_from_the_Encryption_section()
    {
        using var host = TokenProtectionHost.Build(Environments.Production, _contentRoot, new Dictionary<string, string?>
        {
            ["Encryption:Keys:2025-01"] = TestKeys.NewKey(),
            ["Encryption:Keys:2025-07"] = TestKeys.NewKey(),
            ["Encryption:ActiveKeyId"] = "2025-07",
        });
        await host.StartAsync();

        var protectedToken = host.Services.GetRequiredService<ITokenProtector>().Protect("refresh-456", OrganizationId, TokenKind.RefreshToken);

        Assert.That(protectedToken, Does.StartWith("v1.2025-07."));
        await host.StopAsync();
    }

    [Test]
    [NonParallelizable]
    public async Task Keys_can_come_from_environment_variables()
    {
        var previous = (Environment.GetEnvironmentVariable("ENCRYPTION_KEY"), Environment.GetEnvironmentVariable("Encryption__Keys__next"), Environment.GetEnvironmentVariable("Encryption__ActiveKeyId"));
        Environment.SetEnvironmentVariable("ENCRYPTION_KEY", TestKeys.NewKey());
        Environment.SetEnvironmentVariable("Encryption__Keys__next", TestKeys.NewKey());
        Environment.SetEnvironmentVariable("Encryption__ActiveKeyId", "next");
        try
        {
            using var host = TokenProtectionHost.Build(Environments.Production, _contentRoot, includeEnvironmentVariables: true);
            await host.StartAsync();

            var protector = host.Services.GetRequiredService<ITokenProtector>();

            Assert.That(protector.Protect("t", OrganizationId, TokenKind.AccessToken), Does.StartWith("v1.next."));
            await host.StopAsync();
        }
        finally
        {
            Environment.SetEnvironmentVariable("ENCRYPTION_KEY", previous.Item1);
            Environment.SetEnvironmentVariable("Encryption__Keys__next", previous.Item2);
            Environment.SetEnvironmentVariable("Encryption__ActiveKeyId", previous.Item3);
        }
    }

    [Test]
    public void Registering_twice_adds_no_duplicate_validators_or_setups()
    {
        var services = new ServiceCollection();
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production };

        services.AddTokenProtection(configuration, environment).AddTokenProtection(configuration, environment);

        Assert.Multiple(() =>
        {
            Assert.That(services.Count(d => d.ServiceType == typeof(IValidateOptions<EncryptionOptions>)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(IPostConfigureOptions<EncryptionOptions>)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(ITokenProtector)), Is.EqualTo(1));
        });
    }
}
