namespace OfficeAiGuard.Detection.Analysis;

/// <summary>The text under analysis, shared by all recognizers of one run.</summary>
public sealed class AnalysisContext(string text)
{
    public string Text { get; } = text;
}
