// Thin targets over the dotnet CLI. Run through ./build.sh, which restores the tools first.
using System.Xml.Linq;

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Debug");
var solution = "./Velvena.sln";
var testResults = MakeAbsolute(Directory("./TestResults"));

Task("Restore")
    .Does(() => DotNetRestore(solution));

Task("Build")
    .IsDependentOn("Restore")
    .Does(() => DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(testResults);
    CleanDirectory(testResults);
    var runFailed = false;
    try
    {
        DotNetTest(solution, new DotNetTestSettings
        {
            Configuration = configuration,
            NoBuild = true,
            NoRestore = true,
            ResultsDirectory = testResults,
            Loggers = { "trx", "console;verbosity=normal" },
        });
    }
    catch (Exception)
    {
        runFailed = true;
    }

    var summary = SummarizeTrx(testResults);
    System.IO.File.WriteAllText(testResults.CombineWithFilePath("summary.txt").FullPath, summary.Line + Environment.NewLine);
    foreach (var skipped in summary.Skipped)
    {
        Information("skipped: {0} ({1})", skipped.Name, skipped.Reason);
    }

    foreach (var failedTest in summary.Failed)
    {
        Error("failed: {0}", failedTest);
    }

    if (runFailed || summary.FailedCount > 0 || summary.PassedCount == 0)
    {
        throw new CakeException($"Tests did not pass: {summary.Line}");
    }
});

// The product on its embedded defaults (SQLite, in-memory Hangfire, Development settings) wired to the local
// Calendly sandbox, which runs beside it on 127.0.0.1:5090 and stops with it.
Task("Run")
    .IsDependentOn("Build")
    .Does(() =>
{
    var sandbox = StartAndReturnProcess("dotnet", new ProcessSettings
    {
        Arguments = $"run --no-build --configuration {configuration} --project tools/Velvena.CalendlySandbox",
    });
    try
    {
        DotNetRun("src/Velvena.Api/Velvena.Api.csproj", new DotNetRunSettings { Configuration = configuration, NoBuild = true, NoRestore = true });
    }
    finally
    {
        sandbox.Kill();
    }
});

// The benchmarks (bench/Velvena.Bench): scenarios against the seed's algorithm, in Release, results in bench/results.md and
// bench/results.json. `--micro` runs the BenchmarkDotNet micro-benchmarks instead (same as the BenchMicro target).
Task("Bench")
    .Does(() =>
{
    var micro = HasArgument("micro");
    var extra = Argument("bench-args", string.Empty);
    var command = micro ? "./build.sh --target=BenchMicro" : "./build.sh --target=Bench" + (extra.Length > 0 ? $" --bench-args=\"{extra}\"" : string.Empty);
    DotNetRun("bench/Velvena.Bench/Velvena.Bench.csproj", new DotNetRunSettings
    {
        Configuration = "Release",
        ArgumentCustomization = args => args.Append("--").Append(micro ? "--micro" : extra).AppendQuoted($"--command={command}"),
    });
});

Task("BenchMicro")
    .Does(() => DotNetRun("bench/Velvena.Bench/Velvena.Bench.csproj", new DotNetRunSettings
    {
        Configuration = "Release",
        ArgumentCustomization = args => args.Append("--").Append("--micro"),
    }));

// The whole story on embedded defaults: the sandbox and the API (Development, a fresh SQLite file) on their usual
// ports, then tools/Velvena.Demo drives them over HTTP and prints each step; non-zero exit if a step fails.
Task("Demo")
    .IsDependentOn("Build")
    .Does(() =>
{
    var database = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"velvena-demo-{Guid.NewGuid():N}.db");
    // The built assemblies are started directly, not through `dotnet run`: killing `dotnet run` leaves the app it
    // launched running (and holding its port), so the demo would never end cleanly.
    var sandbox = StartAndReturnProcess("dotnet", new ProcessSettings
    {
        Arguments = $"bin/{configuration}/net10.0/Velvena.CalendlySandbox.dll",
        WorkingDirectory = "tools/Velvena.CalendlySandbox",
        RedirectStandardOutput = true,
    });
    IProcess api = null;
    try
    {
        api = StartAndReturnProcess("dotnet", new ProcessSettings
        {
            Arguments = $"bin/{configuration}/net10.0/Velvena.Api.dll",
            WorkingDirectory = "src/Velvena.Api",
            EnvironmentVariables = new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = "http://localhost:5080",
                ["ConnectionStrings__Velvena"] = $"Data Source={database}",
                ["Logging__LogLevel__Default"] = "Warning",
            },
            RedirectStandardOutput = true,
        });
        var exitCode = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = $"run --no-build --configuration {configuration} --project tools/Velvena.Demo -- --api=http://localhost:5080 --sandbox=http://127.0.0.1:5090",
        });
        if (exitCode != 0)
        {
            throw new CakeException($"The demo failed (exit code {exitCode}).");
        }
    }
    finally
    {
        foreach (var process in new[] { api, sandbox })
        {
            if (process is not null)
            {
                process.Kill();
                process.WaitForExit(10_000);
            }
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            System.IO.File.Delete(database + suffix);
        }
    }
});

Task("Default").IsDependentOn("Test");

RunTarget(target);

// One result per test across every .trx file: NUnit's ignored/inconclusive tests are "NotExecuted" there,
// with the reason in the result's ErrorInfo/Message.
TestSummary SummarizeTrx(DirectoryPath directory)
{
    XNamespace ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    var passed = 0;
    var failed = new List<string>();
    var skipped = new List<(string Name, string Reason)>();
    foreach (var file in GetFiles(directory.FullPath + "/**/*.trx"))
    {
        foreach (var result in XDocument.Load(file.FullPath).Descendants(ns + "UnitTestResult"))
        {
            var name = (string)result.Attribute("testName") ?? "?";
            switch ((string)result.Attribute("outcome"))
            {
                case "Passed":
                    passed++;
                    break;
                case "NotExecuted":
                case "Inconclusive":
                    var reason = result.Descendants(ns + "Message").FirstOrDefault()?.Value.Trim() ?? "no reason given";
                    skipped.Add((name, reason));
                    break;
                default:
                    failed.Add(name);
                    break;
            }
        }
    }

    return new TestSummary(passed, failed, skipped);
}

record TestSummary(int PassedCount, List<string> Failed, List<(string Name, string Reason)> Skipped)
{
    public int FailedCount => Failed.Count;

    public string Line => $"{PassedCount} passed, {FailedCount} failed, {Skipped.Count} skipped";
}
