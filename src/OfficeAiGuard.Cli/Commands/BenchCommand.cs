using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Benchmarks;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>bench [--mb N] [--per-recognizer]</c>: throughput of the detection engine on one core for a large generated
/// French text (N MB, default 20), and p50/p99 latency for a 10 KB mail and a 300 KB report.
/// <c>bench [--mb N] --findings FILE</c> writes the findings of that text instead (one JSON line each), so that
/// a change of the engine can be checked for identical results on a large text.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        int megabytes = 20;
        bool perRecognizer = false;
        string? findingsPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--per-recognizer") perRecognizer = true;
            else if (args[i] == "--mb" && i + 1 < args.Length && int.TryParse(args[i + 1], out int mb) && mb > 0) { megabytes = mb; i++; }
            else if (args[i] == "--findings" && i + 1 < args.Length) findingsPath = args[++i];
            else throw new CliUsageException("bench takes --mb N, --per-recognizer and --findings FILE");
        }
        var engine = new AnalyzerEngine();
        var generator = new SampleTextGenerator();
        string large = generator.Text(megabytes * 1_000_000);
        if (findingsPath is not null)
        {
            using var writer = new StreamWriter(findingsPath);
            foreach (var f in engine.Analyze(large))
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(FindingJson.From(f), FindingJson.Options));
            return 0;
        }
        string mail = new SampleTextGenerator(10).Text(10_000);
        string report = new SampleTextGenerator(300).Text(300_000);

        // Warm-up so the JIT has optimised the hot paths before measuring (by time, not by count:
        // tiered compilation promotes methods after a delay, see DetectionBenchmark.WarmUp).
        DetectionBenchmark.WarmUp(engine, mail, TimeSpan.FromSeconds(1));
        DetectionBenchmark.WarmUp(engine, report, TimeSpan.FromSeconds(1));

        string clock = ThreadCpuClock.IsThreadTime ? "CPU time of the benchmark thread" : "wall-clock time (no thread CPU clock here)";
        stdout.WriteLine($"engine runs on one thread; figures in {clock}, wall-clock in brackets; {Environment.ProcessorCount} cores, load {LoadAverage()}");
        var t = DetectionBenchmark.MeasureThroughput(engine, large);
        // Allocations, collections and pauses of the measured runs only (the warm-up's are left out).
        stdout.WriteLine($"allocated {t.BytesAllocatedPerCharacter:F2} bytes per character; GCs gen0 {t.Collections.Gen0}, gen1 {t.Collections.Gen1}, gen2 {t.Collections.Gen2}; GC pause {t.GcPause.TotalMilliseconds:F0} ms ({t.Characters / 1e6:F0} MB analysed)");
        stdout.WriteLine($"throughput: {t.MegabytesPerCpuSecond:F1} MB/s on one core ({t.Characters / 1e6:F0} MB; wall-clock {t.MegabytesPerWallSecond:F1} MB/s)");
        Print(stdout, "10 KB mail", DetectionBenchmark.MeasureLatency(engine, mail, 3000));
        Print(stdout, "300 KB report", DetectionBenchmark.MeasureLatency(engine, report, 200));
        if (perRecognizer)
        {
            var onReport = RecognizerProfile.Measure(engine, report, 20);
            var onLarge = RecognizerProfile.Measure(engine, large, 3);
            stdout.WriteLine($"per stage, ms per MB (wall-clock, minimum of 20 runs on the 300 KB report, 3 on the {megabytes} MB text):");
            var onLargeByName = onLarge.ToDictionary(s => s.Name, s => s.MillisecondsPerMegabyte);
            foreach (var stage in onReport)
                stdout.WriteLine($"  {stage.Name,-26} {stage.MillisecondsPerMegabyte,7:F2} {onLargeByName.GetValueOrDefault(stage.Name),7:F2}");
            stdout.WriteLine($"  {"total",-26} {onReport.Sum(s => s.MillisecondsPerMegabyte),7:F2} {onLarge.Sum(s => s.MillisecondsPerMegabyte),7:F2}");
        }
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
