namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Keeps one finding where several overlap. Identifiers validated by a checksum win over patterns
/// and lexicon hits (an IBAN over the card or phone pattern inside it, a SIRET over a card), then the
/// longer span, then the higher confidence, then the earlier in the input (the registry's order).
/// O(n log n + total span length).
/// </summary>
public static class OverlapResolver
{
    public static IReadOnlyList<Finding> Resolve(IEnumerable<Finding> findings)
    {
        var input = findings as IReadOnlyList<Finding> ?? findings.ToArray();
        // One integer per finding orders them as: rank, then length, then confidence (descending),
        // then start: no comparison delegate, no category string compared per comparison.
        var keys = new long[input.Count];
        var order = new int[input.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            var f = input[i];
            long length = Math.Min(f.Length, (1 << 20) - 1);
            keys[i] = (long)(3 - Rank(f.Category)) << 60 | ((1 << 20) - 1 - length) << 40
                | (long)(255 - Math.Clamp((int)f.Confidence, 0, 255)) << 32 | (uint)f.Start;
            order[i] = i;
        }
        Array.Sort(keys, order);
        // Equal keys (two recognizers reporting the same span, rank and confidence) keep their input
        // order, i.e. the registry's: the result does not depend on how the sort treats ties.
        for (int i = 0; i < keys.Length;)
        {
            int j = i + 1;
            while (j < keys.Length && keys[j] == keys[i]) j++;
            if (j - i > 1) Array.Sort(order, i, j - i);
            i = j;
        }
        var ordered = new Finding[order.Length];
        for (int i = 0; i < order.Length; i++) ordered[i] = input[order[i]];
        // Characters already claimed by a kept finding, one bit each: a candidate is kept when none
        // of its characters is taken. O(total span length), no insertion in the middle of a list.
        int extent = 0;
        foreach (var f in ordered) extent = Math.Max(extent, f.End);
        var taken = new ulong[(extent >> 6) + 1];
        var kept = new List<Finding>(ordered.Length);
        foreach (var f in ordered)
        {
            if (AnyTaken(taken, f.Start, f.End)) continue;
            for (int i = f.Start; i < f.End; i++) taken[i >> 6] |= 1UL << (i & 63);
            kept.Add(f);
        }
        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private static bool AnyTaken(ulong[] taken, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if ((i & 63) == 0 && i + 64 <= end)
            {
                if (taken[i >> 6] != 0) return true;
                i += 63;
                continue;
            }
            if ((taken[i >> 6] & (1UL << (i & 63))) != 0) return true;
        }
        return false;
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
