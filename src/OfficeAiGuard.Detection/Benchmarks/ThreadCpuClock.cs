using System.Runtime.InteropServices;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// CPU time consumed by the calling thread (Linux CLOCK_THREAD_CPUTIME_ID), so that throughput
/// "on one core" is measured even when other processes share the machine. Elsewhere it falls back
/// to wall-clock time.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsThreadTime { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Current reading in seconds (thread CPU time, or wall-clock where unavailable).</summary>
    public static double Now()
    {
        if (IsThreadTime && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0)
            return t.Seconds + t.Nanoseconds / 1e9;
        return System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (Exception) { return false; }
    }
}
