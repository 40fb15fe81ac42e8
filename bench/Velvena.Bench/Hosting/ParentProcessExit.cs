namespace Velvena.Bench.Hosting;

/// <summary>
/// Ends a worker process once the process that started it is gone, however it went (killed outright included): the
/// parent holds the write end of the worker's standard input and never writes, so the read returns end-of-file exactly
/// when the parent has died. A process id would not do: a killed parent stays a zombie until its own parent reaps it.
/// </summary>
public static class ParentProcessExit
{
    public const int ExitCode = 3;

    public static void FollowStandardInput() => _ = Task.Run(async () =>
    {
        await using var input = Console.OpenStandardInput();
        var buffer = new byte[64];
        while (await input.ReadAsync(buffer) > 0)
        {
        }

        // Runs the ProcessExit handlers, which kill this worker's own children (the sandbox).
        Environment.Exit(ExitCode);
    });
}
