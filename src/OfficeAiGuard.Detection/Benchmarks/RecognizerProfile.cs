using System.Diagnostics;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// Where the engine spends its time: each stage of <see cref="AnalyzerEngine.Analyze"/>
/// (normalisation, chunking, tokenisation, the shared trigger pass, every recognizer in registry
/// order, overlap resolution), timed by the engine itself as it runs (a large text chunk by chunk,
/// the stages summed over the chunks). The minimum over several runs is kept (the least disturbed
/// by other processes), in milliseconds per megabyte of text.
/// </summary>
public static class RecognizerProfile
{
    public sealed record Stage(string Name, double MillisecondsPerMegabyte);

    public static IReadOnlyList<Stage> Measure(AnalyzerEngine engine, string text, int runs = 5)
    {
        var order = new List<string>();
        var run = new Dictionary<string, long>();
        var profiled = new AnalyzerEngine(engine.Registry, engine.Options)
        {
            ChunkSize = engine.ChunkSize,
            ChunkingThreshold = engine.ChunkingThreshold,
            StageTimer = (stage, ticks) =>
            {
                if (!run.ContainsKey(stage)) order.Add(stage);
                run[stage] = run.GetValueOrDefault(stage) + ticks;
            },
        };
        var best = new Dictionary<string, long>();
        for (int r = 0; r < runs; r++)
        {
            run.Clear();
            profiled.Analyze(text);
            foreach (var (stage, ticks) in run)
                best[stage] = best.TryGetValue(stage, out long b) ? Math.Min(b, ticks) : ticks;
        }
        double mb = text.Length / 1e6;
        return order.Distinct().Select(n => new Stage(n, best.GetValueOrDefault(n) * 1000.0 / Stopwatch.Frequency / mb)).ToList();
    }
}
