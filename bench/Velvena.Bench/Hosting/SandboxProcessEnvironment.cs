namespace Velvena.Bench.Hosting;

/// <summary>
/// The API in this process and the Calendly sandbox in another (<see cref="SandboxProcess"/>), talking real HTTP over
/// loopback: this process's memory is then the API's (and the small bench driver's), not the sandbox's.
/// </summary>
public sealed class SandboxProcessEnvironment : IAsyncDisposable
{
    private readonly CalendlyConnector _connector;

    private SandboxProcessEnvironment(SandboxProcess sandbox, BenchApi api)
    {
        Sandbox = sandbox;
        Api = api;
        _connector = new CalendlyConnector(api);
    }

    public SandboxProcess Sandbox { get; }

    public BenchApi Api { get; }

    /// <summary>Starts the sandbox process (with the bench's OAuth app) and then the API pointed at it.</summary>
    public static async Task<SandboxProcessEnvironment> StartAsync(int apiRequestsPerMinute, CancellationToken cancellationToken)
    {
        var sandbox = await SandboxProcess.StartAsync(apiRequestsPerMinute, cancellationToken);
        try
        {
            await sandbox.CreateOAuthClientAsync(BenchEnvironment.OAuthClient, cancellationToken);
            return new SandboxProcessEnvironment(sandbox, new BenchApi(BenchEnvironment.ApiSettings(sandbox.BaseUrl, syncWorkers: 20, settings: null)));
        }
        catch
        {
            await sandbox.DisposeAsync();
            throw;
        }
    }

    /// <summary>Connects a Velvena organization to a Calendly user through the real OAuth flow.</summary>
    public Task ConnectAsync(Guid organizationId, Guid calendlyUser, CancellationToken cancellationToken) =>
        _connector.ConnectAsync(organizationId, calendlyUser, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            _connector.Dispose();
            await Api.DisposeAsync();
        }
        finally
        {
            await Sandbox.DisposeAsync();
        }
    }
}
