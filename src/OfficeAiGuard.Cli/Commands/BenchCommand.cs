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
        var engine = new AnalyzerEngine();
        var generator = new SampleTextGenerator();
        string large = generator.Text(megabytes * 1_000_000);
        string mail = new SampleTextGenerator(10).Text(10_000);
        string report = new SampleTextGenerator(300).Text(300_000);

        // Warm-up so the JIT has optimised the hot paths before measuring.
        for (int i = 0; i < 300; i++) engine.Analyze(mail);
        for (int i = 0; i < 5; i++) engine.Analyze(report);

        string clock = ThreadCpuClock.IsThreadTime ? "CPU time of the benchmark thread" : "wall-clock time (no thread CPU clock here)";
        stdout.WriteLine($"engine runs on one thread; figures in {clock}, wall-clock in brackets; {Environment.ProcessorCount} cores, load {LoadAverage()}");
        var t = DetectionBenchmark.MeasureThroughput(engine, large);
        stdout.WriteLine($"throughput: {t.MegabytesPerCpuSecond:F1} MB/s on one core ({t.Characters / 1e6:F0} MB; wall-clock {t.MegabytesPerWallSecond:F1} MB/s)");
        Print(stdout, "10 KB mail", DetectionBenchmark.MeasureLatency(engine, mail, 3000));
        Print(stdout, "300 KB report", DetectionBenchmark.MeasureLatency(engine, report, 200));
        return 0;
    }

    private static void Print(TextWriter stdout, string what, DetectionBenchmark.Latency l) =>
        stdout.WriteLine($"{what}: p50 {l.P50CpuMs:F3} ms, p99 {l.P99CpuMs:F3} ms ({l.Runs} runs; wall-clock p50 {l.P50WallMs:F3} ms, p99 {l.P99WallMs:F3} ms)");

    private static string LoadAverage()
    {
        try { return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a"; }
        catch (IOException) { return "n/a"; }
    }
}
