using System.Diagnostics;

namespace Velvena.CalendlySandbox.Hosting;

/// <summary>
/// Lets a standalone sandbox end with the harness that started it (<c>Sandbox:ParentProcessId</c>), so a harness killed
/// outright (or crashing) leaves no sandbox behind holding memory and a port.
/// </summary>
internal static class ParentProcessWatch
{
    /// <summary>Completes once the process <paramref name="processId"/> has exited, at once if none is running.</summary>
    public static async Task WhenExitedAsync(int processId, CancellationToken cancellationToken)
    {
        Process process;
        try
        {
            process = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            return;
        }

        using (process)
        {
            await process.WaitForExitAsync(cancellationToken);
        }
    }

    /// <summary>Cancels <paramref name="exited"/> once the process has exited; ends quietly when <paramref name="stopWatching"/> is cancelled.</summary>
    public static async Task CancelWhenExitedAsync(int processId, CancellationTokenSource exited, CancellationToken stopWatching)
    {
        ArgumentNullException.ThrowIfNull(exited);
        try
        {
            await WhenExitedAsync(processId, stopWatching);
        }
        catch (OperationCanceledException) when (stopWatching.IsCancellationRequested)
        {
            return;
        }

        Console.WriteLine($"Process {processId} has exited: stopping.");
        await exited.CancelAsync();
    }
}
