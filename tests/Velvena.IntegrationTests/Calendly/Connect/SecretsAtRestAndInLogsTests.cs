using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Velvena.Application.Calendly.Ports;
using Velvena.CalendlySandbox.Faults;
using Velvena.IntegrationTests.Calendly.Support;

namespace Velvena.IntegrationTests.Calendly.Connect;

/// <summary>
/// One harness for the whole fixture: connect, refresh, fail, reconnect, disconnect; then neither the SQLite
/// files nor any log line written over the fixture may hold a token, a code, the client secret or a key.
/// </summary>
[NonParallelizable]
public sealed class SecretsAtRestAndInLogsTests
{
    private CalendlyConnectHarness _harness = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _harness = await CalendlyConnectHarness.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await _harness.DisposeAsync();

    [Test]
    [Order(1)]
    public async Task The_database_file_holds_no_token_in_clear()
    {
        await _harness.ConnectAsync();
        await _harness.ExpireStoredAccessTokenAsync();
        await GetCurrentUserAsync();
        await _harness.RememberStoredTokensAsync();
        await _harness.ConnectAsync();
        var live = await _harness.ReadStoredTokensAsync();

        // Checkpoint-free scan: the main file and the write-ahead log are both read as they are on disk.
        var bytes = ReadDatabaseFiles();
        foreach (var secret in new[] { live.Access, live.Refresh }.Concat(_harness.Secrets))
        {
            Assert.That(Contains(bytes, secret), Is.False, $"a secret of {secret.Length} characters is in the database files");
        }

        Assert.That(Contains(bytes, live.EncryptedRefresh[..20]), Is.True, "the scan does see the stored ciphertexts");
    }

    [Test]
    [Order(2)]
    public async Task No_log_line_over_the_fixture_holds_a_token_a_code_the_client_secret_or_a_key()
    {
        using (var admin = _harness.Admin())
        {
            var begun = await _harness.BeginAsync(admin);
            var (code, state) = await _harness.ConsentAsync(begun.AuthorizeUrl);
            _harness.Sandbox.Faults.Configure(new FaultSettings { ServerErrorShare = 1 });
            using (var failed = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state }))
            {
                Assert.That(failed.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            }

            _harness.Sandbox.Faults.Reset();
            using (var reused = await CalendlyConnectHarness.CallbackAsync(admin, new { code, state }))
            {
                Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            }

            using var disconnect = await admin.DeleteAsync(new Uri("/auth/calendly", UriKind.Relative));
            Assert.That(disconnect.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        }

        var logs = _harness.AllLogText();
        Assert.That(logs, Does.Contain("Refreshed the Calendly access token"), "the capture does see the API's logs");
        foreach (var secret in _harness.Secrets.Distinct())
        {
            Assert.That(logs.Contains(secret, StringComparison.Ordinal), Is.False, $"a secret of {secret.Length} characters leaked into the logs");
        }
    }

    private async Task GetCurrentUserAsync()
    {
        await using var scope = _harness.Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ICalendlyGateway>().GetCurrentUserAsync(_harness.OrganizationId, CancellationToken.None);
    }

    private byte[] ReadDatabaseFiles()
    {
        var path = _harness.Api.DatabasePath;
        Assert.That(File.Exists(path + "-wal") || File.Exists(path), Is.True);
        return [.. new[] { path, path + "-wal" }.Where(File.Exists).SelectMany(ReadShared)];
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string secret) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0 || haystack.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)) >= 0;
}
