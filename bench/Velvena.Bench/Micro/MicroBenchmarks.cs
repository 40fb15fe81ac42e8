using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Velvena.Bench.Micro;

/// <summary>
/// Runs the BenchmarkDotNet micro-benchmarks in this process (no generated project to build), short jobs, and
/// returns their summaries; BenchmarkDotNet writes its own reports under bench/artifacts.
/// </summary>
public static class MicroBenchmarks
{
    public static IReadOnlyList<Summary> Run(string artifactsPath)
    {
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
            .WithArtifactsPath(artifactsPath)
            .WithOptions(ConfigOptions.DisableLogFile);
        return BenchmarkRunner.Run([typeof(WebhookSignatureBenchmarks), typeof(TokenProtectorBenchmarks), typeof(PhoneParsingBenchmarks)], config);
    }
}
