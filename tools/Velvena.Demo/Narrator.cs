namespace Velvena.Demo;

/// <summary>Prints the story as it goes.</summary>
public static class Narrator
{
    private static int _step;

    public static void Step(string title)
    {
        _step++;
        Console.WriteLine();
        Console.WriteLine($"── {_step}. {title}");
    }

    public static void Say(string line) => Console.WriteLine($"   {line}");

    public static void Success(string line)
    {
        Console.WriteLine();
        Console.WriteLine($"✔ {line}");
    }

    public static void Failure(string line)
    {
        Console.WriteLine();
        Console.WriteLine($"✘ {line}");
    }
}
