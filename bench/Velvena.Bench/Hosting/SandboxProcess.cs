using System.Globalization;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Generator;
using Velvena.CalendlySandbox.Json;

namespace Velvena.Bench.Hosting;

/// <summary>
/// The Calendly sandbox as a separate process (its own build output, <c>dotnet Velvena.CalendlySandbox.dll</c>), driven
/// through its HTTP control API under /_sandbox. Its memory (the generated events, its request handling) is then not
/// in this process's working set. It is killed on dispose and when this process exits, and stops by itself once this
/// process is gone (<c>Sandbox:ParentProcessId</c>), should this one be killed outright.
/// </summary>
public sealed partial class SandboxProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly HttpClient _control;

    private SandboxProcess(ChildProcess process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        _control = new HttpClient { BaseAddress = new Uri(baseUrl + "/"), Timeout = TimeSpan.FromMinutes(5) };
    }

    /// <summary>Origin of OAuth, the API and /_sandbox, e.g. http://127.0.0.1:49152.</summary>
    public string BaseUrl { get; }

    /// <summary>
    /// Starts the sandbox on a free loopback port with auto-approved consent, the given per-user rate limit and no
    /// request log (a long run's calls would otherwise pile up in it); returns once it listens.
    /// </summary>
    public static async Task<SandboxProcess> StartAsync(int apiRequestsPerMinute, CancellationToken cancellationToken)
    {
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(
            SandboxAssembly(),
            [
                "--Sandbox:Port=0",
                "--Sandbox:AutoApprove=true",
                string.Create(CultureInfo.InvariantCulture, $"--Sandbox:ApiRequestsPerMinute={apiRequestsPerMinute}"),
                "--Sandbox:RequestLogCapacity=0",
                string.Create(CultureInfo.InvariantCulture, $"--Sandbox:ParentProcessId={Environment.ProcessId}"),
            ],
            line =>
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    listening.TrySetResult(match.Groups["url"].Value);
                }
            });
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            var exited = process.WaitForExitAsync(timeout.Token);
            if (await Task.WhenAny(listening.Task, exited) != listening.Task)
            {
                var why = process.HasExited ? $"exited with code {process.ExitCode}" : "did not start listening within a minute";
                throw new InvalidOperationException($"The sandbox process {why}. Its last output:{Environment.NewLine}{process.RecentOutput()}");
            }

            await timeout.CancelAsync();
            return new SandboxProcess(process, await listening.Task);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>The sandbox process's working set now, in bytes.</summary>
    public long WorkingSetBytes() => _process.WorkingSetBytes();

    /// <summary>POST /_sandbox/oauth_clients.</summary>
    public async Task CreateOAuthClientAsync(NewOAuthClient client, CancellationToken cancellationToken)
    {
        using var response = await _control.PostAsJsonAsync(new Uri("_sandbox/oauth_clients", UriKind.Relative), client, CalendlyJson.Options, cancellationToken);
        await EnsureAsync(response, "POST /_sandbox/oauth_clients", cancellationToken);
    }

    /// <summary>POST /_sandbox/generate.</summary>
    public async Task<GenerationResult> GenerateAsync(GenerationRequest request, CancellationToken cancellationToken)
    {
        using var response = await _control.PostAsJsonAsync(new Uri("_sandbox/generate", UriKind.Relative), request, CalendlyJson.Options, cancellationToken);
        await EnsureAsync(response, "POST /_sandbox/generate", cancellationToken);
        return await response.Content.ReadFromJsonAsync<GenerationResult>(CalendlyJson.Options, cancellationToken)
            ?? throw new InvalidOperationException("POST /_sandbox/generate answered an empty body.");
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>The sandbox's own build output, same configuration and target framework as this bench (built with it, as a project reference).</summary>
    private static string SandboxAssembly()
    {
        var configuration = typeof(SandboxProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var targetFramework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tools", "Velvena.CalendlySandbox", "bin", configuration, targetFramework, "Velvena.CalendlySandbox.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No built sandbox (tools/Velvena.CalendlySandbox/bin/{configuration}/{targetFramework}/Velvena.CalendlySandbox.dll) above {AppContext.BaseDirectory}: build the bench first.");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    [GeneratedRegex(@"Calendly sandbox listening on (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
