using Velvena.Bench.Results;

namespace Velvena.Bench.Scenarios;

/// <summary>One benchmark scenario: measures, writes its figures into the report's JSON and its section of results.md.</summary>
public interface IBenchScenario
{
    string Title { get; }

    Task RunAsync(BenchReport report, CancellationToken cancellationToken);
}
