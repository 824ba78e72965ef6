using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// Throughput and latency percentiles of the engine on the calling thread, in CPU time of that
/// thread (one core, whatever else runs on the machine) and in wall-clock time.
/// </summary>
public static class DetectionBenchmark
{
    /// <param name="AllocatedBytes">Allocated by the benchmark thread during the measured runs (not the warm-up).</param>
    /// <param name="Collections">Garbage collections of generations 0, 1 and 2 during the measured runs.</param>
    /// <param name="GcPause">Time the runtime was paused for collections during the measured runs.</param>
    public sealed record Throughput(long Characters, double CpuSeconds, double WallSeconds, long AllocatedBytes = 0,
        (int Gen0, int Gen1, int Gen2) Collections = default, TimeSpan GcPause = default)
    {
        public double BytesAllocatedPerCharacter => Characters == 0 ? 0 : AllocatedBytes / (double)Characters;

        /// <summary>Megabytes (10^6 characters of mostly-ASCII text, i.e. its UTF-8 size) per second of one core's CPU time.</summary>
        public double MegabytesPerCpuSecond => Characters / 1e6 / CpuSeconds;

        public double MegabytesPerWallSecond => Characters / 1e6 / WallSeconds;
    }

    public sealed record Latency(int Characters, int Runs, double P50CpuMs, double P99CpuMs, double P50WallMs, double P99WallMs);

    public static Throughput MeasureThroughput(AnalyzerEngine engine, string text, int minimumRuns = 3)
    {
        // A full collection first, then the warm-up: collecting right before the measure would reset
        // the GC's tuning to this allocation pattern and measure its re-growth instead of the engine.
        GC.Collect();
        WarmUp(engine, text, TimeSpan.FromSeconds(1.5), minimumRuns: 2);
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var wall = Stopwatch.StartNew();
        double cpuStart = ThreadCpuClock.Now();
        long chars = 0;
        int runs = 0;
        while (runs < minimumRuns || wall.Elapsed < TimeSpan.FromSeconds(2))
        {
            engine.Analyze(text);
            chars += text.Length;
            runs++;
        }
        return new Throughput(chars, ThreadCpuClock.Now() - cpuStart, wall.Elapsed.TotalSeconds,
            GC.GetAllocatedBytesForCurrentThread() - allocated,
            (GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2),
            GC.GetTotalPauseDuration() - pause);
    }

    public static Latency MeasureLatency(AnalyzerEngine engine, string text, int runs)
    {
        WarmUp(engine, text, TimeSpan.FromSeconds(0.5), minimumRuns: Math.Min(50, runs));
        var cpu = new double[runs];
        var wall = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            double c0 = ThreadCpuClock.Now();
            long w0 = Stopwatch.GetTimestamp();
            engine.Analyze(text);
            wall[i] = Stopwatch.GetElapsedTime(w0).TotalMilliseconds;
            cpu[i] = (ThreadCpuClock.Now() - c0) * 1000;
        }
        Array.Sort(cpu);
        Array.Sort(wall);
        return new Latency(text.Length, runs, Percentile(cpu, 0.50), Percentile(cpu, 0.99), Percentile(wall, 0.50), Percentile(wall, 0.99));
    }

    /// <summary>
    /// Runs the engine on <paramref name="text"/> for at least <paramref name="duration"/>: the
    /// measure is of the steady state of a long-running server. .NET compiles a method quickly
    /// first and optimised only after it has been called for a while (tiered compilation; loops of a
    /// method called a few times on a large text run unoptimised code until on-stack replacement),
    /// so a fixed small number of warm-up runs measured part-unoptimised code.
    /// </summary>
    public static void WarmUp(AnalyzerEngine engine, string text, TimeSpan duration, int minimumRuns = 1)
    {
        var wall = Stopwatch.StartNew();
        for (int runs = 0; runs < minimumRuns || wall.Elapsed < duration; runs++) engine.Analyze(text);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
