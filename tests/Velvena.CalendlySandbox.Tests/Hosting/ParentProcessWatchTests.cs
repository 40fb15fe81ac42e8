using System.Diagnostics;
using Velvena.CalendlySandbox.Hosting;

namespace Velvena.CalendlySandbox.Tests.Hosting;

/// <summary><c>Sandbox:ParentProcessId</c>: a standalone sandbox stops once the harness that started it is gone.</summary>
public sealed class ParentProcessWatchTests
{
    [Test]
    public async Task The_stop_signal_fires_once_the_watched_process_has_exited()
    {
        using var child = Process.Start(new ProcessStartInfo(DotnetHost(), "--version") { RedirectStandardOutput = true })!;
        using var exited = new CancellationTokenSource();

        await ParentProcessWatch.CancelWhenExitedAsync(child.Id, exited, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.That(child.HasExited, Is.True);
        Assert.That(exited.IsCancellationRequested, Is.True);
    }

    [Test]
    public async Task Watching_a_running_process_ends_quietly_when_told_to_stop()
    {
        using var exited = new CancellationTokenSource();
        using var stopWatching = new CancellationTokenSource();
        var watch = ParentProcessWatch.CancelWhenExitedAsync(Environment.ProcessId, exited, stopWatching.Token);
        Assert.That(watch.IsCompleted, Is.False);

        await stopWatching.CancelAsync();
        await watch.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.That(exited.IsCancellationRequested, Is.False);
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
