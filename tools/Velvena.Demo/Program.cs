using Velvena.Demo;

// Usage: dotnet run --project tools/Velvena.Demo -- [--api=http://localhost:5080] [--sandbox=http://127.0.0.1:5090]
var api = new Uri(Argument(args, "api") ?? "http://localhost:5080");
var sandbox = new Uri(Argument(args, "sandbox") ?? "http://127.0.0.1:5090");
try
{
    using var story = new DemoStory(api, sandbox);
    await story.RunAsync(CancellationToken.None);
    Narrator.Success("The whole story went as expected.");
    return 0;
}
catch (DemoStepFailedException failure)
{
    Narrator.Failure(failure.Message);
    return 1;
}
catch (HttpRequestException failure)
{
    Narrator.Failure($"HTTP failure: {failure.Message} (are the API on {api} and the sandbox on {sandbox} running? `./build.sh --target=Demo` starts both)");
    return 1;
}

static string? Argument(string[] args, string name) =>
    args.Select(a => a.Split('=', 2)).Where(p => p.Length == 2 && p[0] == "--" + name).Select(p => p[1]).FirstOrDefault();
