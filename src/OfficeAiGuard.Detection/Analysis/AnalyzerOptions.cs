namespace OfficeAiGuard.Detection.Analysis;

/// <summary>Per-tenant settings of the engine.</summary>
public sealed record AnalyzerOptions
{
    public static readonly AnalyzerOptions Default = new();

    /// <summary>
    /// Values that are never reported: the organisation's own SIRET, switchboard phone, generic
    /// mailboxes… Compared after removing separators and case, so "01 23 45 67 89" also allows
    /// "01.23.45.67.89".
    /// </summary>
    public IReadOnlyCollection<string> AllowList { get; init; } = [];

    /// <summary>Findings below this confidence are dropped.</summary>
    public Confidence MinimumConfidence { get; init; } = Confidence.Low;
}
