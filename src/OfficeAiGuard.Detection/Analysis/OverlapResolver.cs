namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Keeps one finding where several overlap: the longer validated span wins (an IBAN over the card or
/// phone pattern inside it), then the higher confidence.
/// </summary>
public static class OverlapResolver
{
    public static IReadOnlyList<Finding> Resolve(IEnumerable<Finding> findings)
    {
        var kept = new List<Finding>();
        foreach (var f in findings.OrderByDescending(f => f.Length).ThenByDescending(f => f.Confidence).ThenBy(f => f.Start))
        {
            if (!kept.Any(k => k.Overlaps(f)))
                kept.Add(f);
        }
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept;
    }
}
