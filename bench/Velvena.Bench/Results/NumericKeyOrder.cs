namespace Velvena.Bench.Results;

/// <summary>Orders number keys of results.json by value ("20", "100", "1000"), not as text.</summary>
public static class NumericKeyOrder
{
    public static IComparer<string> Comparer { get; } =
        Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
}
