using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velvena.Application.Common.Interfaces;

namespace Velvena.UnitTests.Security;

[TestFixture]
public sealed class DevelopmentEncryptionKeyTests
{
    private static readonly Guid OrganizationId = Guid.Parse("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");

    private string _contentRoot = null!;

    private string KeyFile => Path.Combine(_contentRoot, ".velvena", "dev-encryption-key");

    [SetUp]
    public void SetUp()
    {
        _contentRoot = Path.Combine(Path.GetTempPath(), "velvena-tokens-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_contentRoot);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_contentRoot, recursive: true);

    [Test]
    public async Task Development_without_a_key_creates_a_key_file_once_and_reuses_it()
    {
        var firstLogs = new CapturingLoggerProvider();
        string protectedToken;
        using (var first = TokenProtectionHost.Build(Environments.Development, _contentRoot, logs: firstLogs))
        {
            await first.StartAsync();
            protectedToken = first.Services.GetRequiredService<ITokenProtector>().Protect("dev-token", OrganizationId, TokenKind.AccessToken);
            await first.StopAsync();
        }

        var keyAfterFirstRun = await File.ReadAllTextAsync(KeyFile);

        var secondLogs = new CapturingLoggerProvider();
        using var second = TokenProtectionHost.Build(Environments.Development, _contentRoot, logs: secondLogs);
        await second.StartAsync();
        var decrypted = second.Services.GetRequiredService<ITokenProtector>().Unprotect(protectedToken, OrganizationId, TokenKind.AccessToken);
        await second.StopAsync();

        var firstWarning = firstLogs.Entries.Single(e => e.Level == LogLevel.Warning);
        var secondWarning = secondLogs.Entries.Single(e => e.Level == LogLevel.Warning);
        Assert.Multiple(() =>
        {
            Assert.That(Convert.FromBase64String(keyAfterFirstRun), Has.Length.EqualTo(32));
            Assert.That(File.ReadAllText(KeyFile), Is.EqualTo(keyAfterFirstRun));
            Assert.That(decrypted, Is.EqualTo("dev-token"));
            Assert.That(protectedToken, Does.StartWith("v1.development."));
            Assert.That(firstWarning.Message, Does.Contain("created a development key file").And.Contain(KeyFile));
            Assert.That(secondWarning.Message, Does.Contain("using the development key file"));
            Assert.That(firstLogs.Entries.Concat(secondLogs.Entries).Select(e => e.Message), Has.None.Contain(keyAfterFirstRun));
        });
    }

    [Test]
    public async Task The_development_key_file_is_readable_only_by_its_owner()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file modes do not apply on Windows.");
            return;
        }

        using var host = TokenProtectionHost.Build(Environments.Development, _contentRoot);
        await host.StartAsync();

        Assert.That(File.GetUnixFileMode(KeyFile), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
        await host.StopAsync();
    }

    [Test]
    public async Task Development_with_a_configured_key_creates_no_file()
    {
        using var host = TokenProtectionHost.Build(
            Environments.Development, _contentRoot, new Dictionary<string, string?> { ["ENCRYPTION_KEY"] = TestKeys.NewKey() });
        await host.StartAsync();

        Assert.Multiple(() =>
        {
            Assert.That(host.Services.GetRequiredService<ITokenProtector>().Protect("t", OrganizationId, TokenKind.AccessToken), Does.StartWith("v1.default."));
            Assert.That(File.Exists(KeyFile), Is.False);
        });
        await host.StopAsync();
    }

    [Test]
    public async Task A_corrupt_development_key_file_stops_start_up_with_a_clear_message()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile)!);
        await File.WriteAllTextAsync(KeyFile, "not a key");
        using var host = TokenProtectionHost.Build(Environments.Development, _contentRoot);

        var exception = Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.That(exception.Message, Does.Contain("development encryption key file").And.Contain("Delete it"));
        await host.StopAsync();
    }

    [Test]
    public void An_invalid_configured_key_in_Development_is_reported_not_replaced_by_a_key_file()
    {
        using var host = TokenProtectionHost.Build(
            Environments.Development, _contentRoot, new Dictionary<string, string?> { ["ENCRYPTION_KEY"] = "short" });

        var exception = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Multiple(() =>
        {
            Assert.That(exception.Message, Does.Contain("ENCRYPTION_KEY"));
            Assert.That(File.Exists(KeyFile), Is.False);
        });
    }
}
