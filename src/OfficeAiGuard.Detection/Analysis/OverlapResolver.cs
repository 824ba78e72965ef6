namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Keeps one finding where several overlap. Identifiers validated by a checksum win over patterns
/// and lexicon hits (an IBAN over the card or phone pattern inside it, a SIRET over a card), then the
/// longer span, then the higher confidence.
/// </summary>
public static class OverlapResolver
{
    public static IReadOnlyList<Finding> Resolve(IEnumerable<Finding> findings)
    {
        var ordered = findings
            .OrderByDescending(f => Rank(f.Category))
            .ThenByDescending(f => f.Length)
            .ThenByDescending(f => f.Confidence)
            .ThenBy(f => f.Start)
            .ToList();
        var kept = new List<Finding>(ordered.Count);
        foreach (var f in ordered)
        {
            bool clash = false;
            foreach (var k in kept)
            {
                if (k.Overlaps(f)) { clash = true; break; }
            }
            if (!clash) kept.Add(f);
        }
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return kept;
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
