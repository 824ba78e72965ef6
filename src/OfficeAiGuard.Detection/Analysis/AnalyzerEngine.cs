using OfficeAiGuard.Detection.Normalization;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Runs every registered recognizer on the normalised text, resolves overlaps, maps spans back to
/// the original text and applies the tenant allow-list. Thread-safe: one engine serves all requests.
/// </summary>
public sealed class AnalyzerEngine
{
    private readonly AllowList _allowList;

    public AnalyzerEngine() : this(RecognizerRegistry.CreateDefault(), AnalyzerOptions.Default) { }

    public AnalyzerEngine(AnalyzerOptions options) : this(RecognizerRegistry.CreateDefault(), options) { }

    public AnalyzerEngine(RecognizerRegistry registry, AnalyzerOptions? options = null)
    {
        Registry = registry;
        Options = options ?? AnalyzerOptions.Default;
        _allowList = new AllowList(Options.AllowList);
    }

    public RecognizerRegistry Registry { get; }

    public AnalyzerOptions Options { get; }

    public IReadOnlyList<Finding> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = TextNormalizer.Normalize(text);
        var context = new AnalysisContext(normalized);
        var raw = new List<Finding>();
        foreach (var recognizer in Registry.Recognizers)
        {
            foreach (var f in recognizer.Analyze(context))
            {
                if (f.Confidence < Options.MinimumConfidence) continue;
                if (!_allowList.IsEmpty && _allowList.Allows(context.Text.AsSpan(f.Start, f.Length))) continue;
                raw.Add(f);
            }
        }
        var resolved = OverlapResolver.Resolve(raw);
        if (normalized.IsIdentity) return resolved;
        return resolved.Select(f => f with
        {
            Start = normalized.ToOriginalStart(f.Start),
            End = normalized.ToOriginalEnd(f.End),
        }).ToList();
    }
}
