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
        var kept = Keep(input, null);
        var result = new List<Finding>(kept.Length);
        foreach (int index in kept) result.Add(input[index]);
        return result;
    }

    /// <summary>
    /// The indices of the findings kept, in order of start; each finding's span is moved by its
    /// offset (the chunk's start, when a large text was analysed in chunks; null: no offsets).
    /// </summary>
    internal static int[] Keep(IReadOnlyList<Finding> input, IReadOnlyList<int>? offsets)
    {
        // One integer per finding orders them as: rank, then length, then confidence (descending),
        // then start: no comparison delegate, no category string compared per comparison.
        var keys = new long[input.Count];
        var order = new int[input.Count];
        int extent = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            var f = input[i];
            int start = f.Start + (offsets?[i] ?? 0);
            long length = Math.Min(f.Length, (1 << 20) - 1);
            keys[i] = (long)(3 - Rank(f.Category)) << 60 | ((1 << 20) - 1 - length) << 40
                | (long)(255 - Math.Clamp((int)f.Confidence, 0, 255)) << 32 | (uint)start;
            order[i] = i;
            extent = Math.Max(extent, start + f.Length);
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
        // Characters already claimed by a kept finding, one bit each: a candidate is kept when none
        // of its characters is taken. O(total span length), no insertion in the middle of a list.
        var taken = new ulong[(extent >> 6) + 1];
        // The kept findings, by start: they do not overlap, so start and input index make a unique key.
        var kept = new long[order.Length];
        int count = 0;
        foreach (int index in order)
        {
            var f = input[index];
            int start = f.Start + (offsets?[index] ?? 0);
            if (BitRange.Any(taken, start, start + f.Length)) continue;
            BitRange.Set(taken, start, start + f.Length);
            kept[count++] = (long)start << 32 | (uint)index;
        }
        Array.Sort(kept, 0, count);
        var indices = new int[count];
        for (int i = 0; i < count; i++) indices[i] = (int)kept[i];
        return indices;
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
