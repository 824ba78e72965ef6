using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// Throughput and latency percentiles of the engine on the calling thread, in CPU time of that
/// thread (one core, whatever else runs on the machine) and in wall-clock time.
/// </summary>
public static class DetectionBenchmark
{
    public sealed record Throughput(long Characters, double CpuSeconds, double WallSeconds)
    {
        /// <summary>Megabytes (10^6 characters of mostly-ASCII text, i.e. its UTF-8 size) per second of one core's CPU time.</summary>
        public double MegabytesPerCpuSecond => Characters / 1e6 / CpuSeconds;

        public double MegabytesPerWallSecond => Characters / 1e6 / WallSeconds;
    }

    public sealed record Latency(int Characters, int Runs, double P50CpuMs, double P99CpuMs, double P50WallMs, double P99WallMs);

    public static Throughput MeasureThroughput(AnalyzerEngine engine, string text, int minimumRuns = 3)
    {
        engine.Analyze(text); // warm-up
        GC.Collect();
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
        return new Throughput(chars, ThreadCpuClock.Now() - cpuStart, wall.Elapsed.TotalSeconds);
    }

    public static Latency MeasureLatency(AnalyzerEngine engine, string text, int runs)
    {
        for (int i = 0; i < Math.Min(50, runs); i++) engine.Analyze(text); // warm-up
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

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
