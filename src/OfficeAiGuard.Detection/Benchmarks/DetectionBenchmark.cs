using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>Throughput (MB/s on the calling thread) and latency percentiles of the engine.</summary>
public static class DetectionBenchmark
{
    public sealed record Throughput(long Characters, TimeSpan Elapsed)
    {
        /// <summary>Megabytes (10^6 UTF-16 characters counted as one byte each, i.e. the UTF-8 size of mostly-ASCII text) per second.</summary>
        public double MegabytesPerSecond => Characters / 1e6 / Elapsed.TotalSeconds;
    }

    public sealed record Latency(int Characters, int Runs, double P50Milliseconds, double P99Milliseconds);

    public static Throughput MeasureThroughput(AnalyzerEngine engine, string text, int minimumRuns = 3)
    {
        engine.Analyze(text); // warm-up
        var sw = Stopwatch.StartNew();
        long chars = 0;
        int runs = 0;
        while (runs < minimumRuns || sw.Elapsed < TimeSpan.FromSeconds(2))
        {
            engine.Analyze(text);
            chars += text.Length;
            runs++;
        }
        return new Throughput(chars, sw.Elapsed);
    }

    public static Latency MeasureLatency(AnalyzerEngine engine, string text, int runs)
    {
        for (int i = 0; i < Math.Min(50, runs); i++) engine.Analyze(text); // warm-up
        var samples = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            long start = Stopwatch.GetTimestamp();
            engine.Analyze(text);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        Array.Sort(samples);
        return new Latency(text.Length, runs, Percentile(samples, 0.50), Percentile(samples, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
