using Microsoft.Extensions.Configuration;
using Velvena.CalendlySandbox;
using Velvena.CalendlySandbox.Control;
using Velvena.CalendlySandbox.Hosting;

// Standalone sandbox: configuration from appsettings.json, CALENDLY_SANDBOX__* environment variables and --Sandbox:Key=value arguments.
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables("CALENDLY_SANDBOX__")
    .AddCommandLine(args)
    .Build();

var section = configuration.GetSection("Sandbox");
var options = new SandboxOptions
{
    Port = section.GetValue("Port", 5090),
    AutoApprove = section.GetValue("AutoApprove", false),
    ApiRequestsPerMinute = section.GetValue("ApiRequestsPerMinute", 500),
    RequestLogCapacity = section.GetValue<int?>("RequestLogCapacity"),
};
var parentProcessId = section.GetValue<int?>("ParentProcessId");
var demo = section.GetSection("Demo").Get<DemoSeedSettings>() ?? new DemoSeedSettings();

await using var sandbox = await CalendlySandboxHost.StartAsync(options, args, quiet: false, CancellationToken.None);
var seeded = DemoSeeder.Seed(sandbox.Seed, demo);

Console.WriteLine($"""
    Calendly sandbox listening on {sandbox.BaseUrl}
      CALENDLY_AUTH_BASE_URL={sandbox.BaseUrl}
      CALENDLY_API_BASE_URL={sandbox.BaseUrl}
      CALENDLY_CLIENT_ID={seeded.Client.ClientId}
      CALENDLY_CLIENT_SECRET={seeded.Client.ClientSecret}
      CALENDLY_REDIRECT_URI={seeded.Client.RedirectUris[0]}
      CALENDLY_WEBHOOK_SIGNING_KEY={seeded.Client.SigningKey}
    (dev-only fake secrets)
      owner user:      {sandbox.Urls.User(seeded.Owner.Uuid)} ({seeded.Owner.Email})
      organization:    {sandbox.Urls.Organization(seeded.Organization.Uuid)}
      event type 1:1:  {seeded.OneToOne.Uuid}
      event type group:{seeded.Group.Uuid}
    Control API: {sandbox.BaseUrl}/_sandbox   Press Ctrl+C to stop.
    """);

using var parentExited = new CancellationTokenSource();
using var stopWatching = new CancellationTokenSource();
var watch = parentProcessId is { } parent
    ? ParentProcessWatch.CancelWhenExitedAsync(parent, parentExited, stopWatching.Token)
    : Task.CompletedTask;
await sandbox.WaitForShutdownAsync(parentExited.Token);
await stopWatching.CancelAsync();
await watch;

/// <summary>Internal: test projects reference both this sandbox and the API, and only one entry point may be public.</summary>
internal partial class Program;
