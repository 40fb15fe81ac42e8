using Velvena.Bench.Results;

namespace Velvena.Bench.Scenarios;

/// <summary>A scenario whose product code has not landed: says so in results.md and leaves its figures null.</summary>
public sealed class NotMeasuredYetScenario(string title, string needs) : IBenchScenario
{
    public string Title => title;

    public Task RunAsync(BenchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Section(Title);
        report.Add($"Not measured yet: needs {needs}.");
        Progress.Line($"{Title}: not measured yet (needs {needs})");
        return Task.CompletedTask;
    }
}
