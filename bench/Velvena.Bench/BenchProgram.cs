using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Reports;
using Velvena.Bench.Micro;
using Velvena.Bench.Results;
using Velvena.Bench.Scenarios;

namespace Velvena.Bench;

public static class BenchProgram
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options.MemoryWorker is not null)
        {
            return await MemoryWorker.RunAsync(options);
        }

        Directory.CreateDirectory(options.OutputDirectory);
        if (options.Micro)
        {
            var summaries = MicroBenchmarks.Run(Path.Combine(options.OutputDirectory, "artifacts"));
            var path = Path.Combine(options.OutputDirectory, "micro-results.md");
            await File.WriteAllTextAsync(path, MicroMarkdown(summaries));
            Progress.Line($"micro-benchmarks written to {path}");
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        var report = new BenchReport(new BenchResults
        {
            Machine = MachineDescription.Describe(),
            Date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        });
        Progress.Line($"bench on {report.Results.Machine}");
        IBenchScenario[] scenarios =
        [
            new SteadyStateCallsScenario(options),
            new FleetSyncScenario(options),
            new WebhookLatencyScenario(options),
            new WebhookIntakeScenario(options),
            new MemoryScenario(options),
        ];
        var failed = false;
        foreach (var scenario in scenarios)
        {
            Progress.Line($"== {scenario.Title}");
            try
            {
                await scenario.RunAsync(report, CancellationToken.None);
            }
            catch (Exception exception)
            {
                failed = true;
                Progress.Line($"FAILED: {scenario.Title}: {exception}");
                report.Section(scenario.Title);
                report.Add($"Not measured: the scenario failed ({exception.GetType().Name}: {exception.Message}).");
            }
        }

        await File.WriteAllTextAsync(Path.Combine(options.OutputDirectory, "results.md"), report.ToMarkdown(options.Command));
        await File.WriteAllTextAsync(
            Path.Combine(options.OutputDirectory, "results.json"),
            JsonSerializer.Serialize(report.Results, Indented) + Environment.NewLine);
        Progress.Line($"results written to {options.OutputDirectory}/results.md and results.json");
        return failed ? 1 : 0;
    }

    private static string MicroMarkdown(IReadOnlyList<Summary> summaries)
    {
        var markdown = new StringBuilder("# Micro-benchmarks\n\n");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {MachineDescription.Describe()}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Date: {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        markdown.AppendLine("- Command: `./build.sh --target=BenchMicro` (BenchmarkDotNet, short run, in process)").AppendLine();
        markdown.AppendLine("| benchmark | mean | allocated |").AppendLine("| --- | --- | --- |");
        foreach (var report in summaries.SelectMany(s => s.Reports))
        {
            var mean = report.ResultStatistics?.Mean is { } nanoseconds ? FormatNanoseconds(nanoseconds) : "failed";
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is { } bytes
                ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} B")
                : "?";
            markdown.AppendLine(CultureInfo.InvariantCulture, $"| {report.BenchmarkCase.Descriptor.Type.Name}.{report.BenchmarkCase.Descriptor.WorkloadMethod.Name} | {mean} | {allocated} |");
        }

        return markdown.ToString();
    }

    private static string FormatNanoseconds(double nanoseconds) => nanoseconds switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:0.0} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000:0.00} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1_000_000:0.00} ms"),
    };
}
