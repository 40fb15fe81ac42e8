using System.Runtime.InteropServices;

namespace Velvena.Bench.Hosting;

/// <summary>
/// glibc's malloc counters (<c>mallinfo2</c>, all arenas): native memory in use, and memory freed but kept by malloc
/// (free chunks it has not returned to the OS, which still count in the working set). Null where there is no glibc.
/// </summary>
public static class NativeHeap
{
    public static (long InUseBytes, long FreeKeptBytes)? Read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var counters = MallocInfo();
            return ((long)counters.InUse, (long)counters.FreeKept);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // A blittable struct returned by value needs no marshalling: DllImport, so the bench needs no unsafe code for LibraryImport.
    [DllImport("libc", EntryPoint = "mallinfo2", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern MallocCounters MallocInfo();

    /// <summary><c>struct mallinfo2</c>: ten <c>size_t</c> fields, in this order.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallocCounters
    {
        public readonly nuint Arena;
        public readonly nuint FreeChunks;
        public readonly nuint FastbinBlocks;
        public readonly nuint MappedRegions;
        public readonly nuint MappedBytes;
        public readonly nuint MaxTotalAllocated;
        public readonly nuint FastbinFreeBytes;
        public readonly nuint InUse;
        public readonly nuint FreeKept;
        public readonly nuint TopReleasable;
    }
}
