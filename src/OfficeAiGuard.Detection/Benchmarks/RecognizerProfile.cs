using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Normalization;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// Where the engine spends its time: each stage of <see cref="AnalyzerEngine.Analyze"/>
/// (normalisation, tokenisation, the shared trigger pass, every recognizer in registry order,
/// overlap resolution), timed separately on the same text. The minimum over several runs is kept
/// (the least disturbed by other processes), in milliseconds per megabyte of text.
/// </summary>
public static class RecognizerProfile
{
    public sealed record Stage(string Name, double MillisecondsPerMegabyte);

    public static IReadOnlyList<Stage> Measure(AnalyzerEngine engine, string text, int runs = 5)
    {
        var best = new Dictionary<string, double>();
        var order = new List<string>();
        void Record(string name, long t0)
        {
            double ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            if (!best.TryGetValue(name, out double b)) { order.Add(name); best[name] = ms; }
            else if (ms < b) best[name] = ms;
        }
        for (int r = 0; r < runs; r++)
        {
            long t = Stopwatch.GetTimestamp();
            var normalized = TextNormalizer.Normalize(text);
            Record("normalisation", t);
            var context = new AnalysisContext(normalized);
            t = Stopwatch.GetTimestamp();
            _ = context.Words;
            Record("tokenisation", t);
            t = Stopwatch.GetTimestamp();
            _ = context.TriggerHits;
            Record("trigger pass", t);
            var raw = new List<Finding>();
            foreach (var recognizer in engine.Registry.Recognizers)
            {
                t = Stopwatch.GetTimestamp();
                raw.AddRange(recognizer.Analyze(context));
                Record(recognizer.Name, t);
            }
            t = Stopwatch.GetTimestamp();
            _ = OverlapResolver.Resolve(raw);
            Record("overlaps", t);
        }
        double mb = text.Length / 1e6;
        return order.Select(n => new Stage(n, best[n] / mb)).ToList();
    }
}
