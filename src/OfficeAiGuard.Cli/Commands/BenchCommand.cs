using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Benchmarks;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>bench [--mb N]</c>: throughput of the detection engine on one core for a large generated
/// French text (N MB, default 20), and p50/p99 latency for a 10 KB mail and a 300 KB report.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        int megabytes = args switch
        {
            [] => 20,
            ["--mb", var n] when int.TryParse(n, out int mb) && mb > 0 => mb,
            _ => throw new CliUsageException("bench takes only --mb N"),
        };
        PinToOneCore();
        var engine = new AnalyzerEngine();
        var generator = new SampleTextGenerator();
        string large = generator.Text(megabytes * 1_000_000);
        string mail = new SampleTextGenerator(10).Text(10_000);
        string report = new SampleTextGenerator(300).Text(300_000);

        // Warm-up so the JIT has optimised the hot paths before measuring.
        for (int i = 0; i < 200; i++) engine.Analyze(mail);
        for (int i = 0; i < 5; i++) engine.Analyze(report);

        var throughput = DetectionBenchmark.MeasureThroughput(engine, large);
        stdout.WriteLine($"throughput: {throughput.MegabytesPerSecond:F1} MB/s on one core ({throughput.Characters / 1e6:F0} MB in {throughput.Elapsed.TotalSeconds:F2} s)");
        var mailLatency = DetectionBenchmark.MeasureLatency(engine, mail, 2000);
        stdout.WriteLine($"10 KB mail: p50 {mailLatency.P50Milliseconds:F3} ms, p99 {mailLatency.P99Milliseconds:F3} ms ({mailLatency.Runs} runs)");
        var reportLatency = DetectionBenchmark.MeasureLatency(engine, report, 200);
        stdout.WriteLine($"300 KB report: p50 {reportLatency.P50Milliseconds:F3} ms, p99 {reportLatency.P99Milliseconds:F3} ms ({reportLatency.Runs} runs)");
        return 0;
    }

    /// <summary>Measure one core: the engine is single-threaded, pinning keeps other cores' noise out.</summary>
    private static void PinToOneCore()
    {
        try
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
                Process.GetCurrentProcess().ProcessorAffinity = 1;
        }
        catch (Exception) { /* not allowed here: measure anyway */ }
    }
}
