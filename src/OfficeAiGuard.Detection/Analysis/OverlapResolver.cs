namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Keeps one finding where several overlap. Identifiers validated by a checksum win over patterns
/// and lexicon hits (an IBAN over the card or phone pattern inside it, a SIRET over a card), then the
/// longer span, then the higher confidence. O(n log n): kept spans stay sorted and disjoint.
/// </summary>
public static class OverlapResolver
{
    public static IReadOnlyList<Finding> Resolve(IEnumerable<Finding> findings)
    {
        var ordered = findings.ToList();
        ordered.Sort(static (a, b) =>
        {
            int c = Rank(b.Category).CompareTo(Rank(a.Category));
            if (c == 0) c = b.Length.CompareTo(a.Length);
            if (c == 0) c = b.Confidence.CompareTo(a.Confidence);
            if (c == 0) c = a.Start.CompareTo(b.Start);
            return c;
        });
        // Disjoint and sorted by start, hence also by end.
        var kept = new List<Finding>(ordered.Count);
        foreach (var f in ordered)
        {
            int i = FirstEndingAfter(kept, f.Start);
            if (i < kept.Count && kept[i].Start < f.End) continue; // overlaps kept[i]
            kept.Insert(i, f);
        }
        return kept;
    }

    /// <summary>Index of the first kept span whose end is after <paramref name="start"/>.</summary>
    private static int FirstEndingAfter(List<Finding> kept, int start)
    {
        int lo = 0, hi = kept.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (kept[mid].End <= start) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>Strength of the primary element: checksummed identifiers first.</summary>
    private static int Rank(string category) => category switch
    {
        Categories.Iban or Categories.Nir or Categories.PaymentCard or Categories.TaxId or Categories.OrgId => 3,
        Categories.Email or Categories.Secret or Categories.IdDocument or Categories.SocialBenefitId
            or Categories.LicensePlate or Categories.Phone => 2,
        _ => 1,
    };
}
