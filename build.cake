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
