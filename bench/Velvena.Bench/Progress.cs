using System.Diagnostics;
using System.Globalization;

namespace Velvena.Bench;

/// <summary>One line per step on standard output, with the time since the run started, so long work is visible.</summary>
public static class Progress
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Line(string message) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{Clock.Elapsed:hh\\:mm\\:ss}] {message}"));
}
