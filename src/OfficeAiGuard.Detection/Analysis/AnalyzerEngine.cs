namespace OfficeAiGuard.Detection.Analysis;

/// <summary>Runs every registered recognizer on a text and returns non-overlapping findings in text order.</summary>
public sealed class AnalyzerEngine(RecognizerRegistry registry)
{
    public AnalyzerEngine() : this(RecognizerRegistry.CreateDefault()) { }

    public RecognizerRegistry Registry { get; } = registry;

    public IReadOnlyList<Finding> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new AnalysisContext(text);
        var raw = Registry.Recognizers.SelectMany(r => r.Analyze(context));
        return OverlapResolver.Resolve(raw);
    }
}
