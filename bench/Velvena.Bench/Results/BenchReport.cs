using System.Globalization;
using System.Text;

namespace Velvena.Bench.Results;

/// <summary>The figures of one run and the Markdown that explains them, section by section.</summary>
public sealed class BenchReport(BenchResults results)
{
    private readonly List<(string Title, List<string> Lines)> _sections = [];

    public BenchResults Results { get; } = results;

    /// <summary>Starts a section of results.md; lines added after go under it.</summary>
    public void Section(string title) => _sections.Add((title, []));

    public void Add(string line) => _sections[^1].Lines.Add(line);

    public void Add(FormattableString line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Add(line.ToString(CultureInfo.InvariantCulture));
    }

    public string ToMarkdown(string command)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("# Benchmark results").AppendLine();
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Results.Machine}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Date: {Results.Date}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- Command: `{command}`");
        markdown.AppendLine("- Every scenario runs the real API (SQLite file, in-memory Hangfire) and the Calendly sandbox, talking real HTTP over loopback: both in the bench process for scenarios 1–4; for scenario 5 (memory) the API in a fresh bench process and the sandbox in a process of its own. The seed's algorithm is ported in `bench/Velvena.Bench/Seed` and runs against the same sandbox data in the same run.");
        foreach (var (title, lines) in _sections)
        {
            markdown.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {title}").AppendLine();
            foreach (var line in lines)
            {
                markdown.AppendLine(line);
            }
        }

        return markdown.ToString();
    }
}
