using System.Globalization;
using System.Runtime.InteropServices;

namespace Velvena.Bench.Results;

/// <summary>What the figures were measured on: OS, cores, memory, .NET.</summary>
public static class MachineDescription
{
    public static string Describe()
    {
        var memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024d * 1024 * 1024);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, {Environment.ProcessorCount} cores, {memoryGb:0.#} GB memory, {RuntimeInformation.FrameworkDescription}");
    }
}
