namespace OfficeAiGuard.Detection.Analysis;

/// <summary>Ranges of bits in a bitmap (bit i of word i / 64 stands for position i), a 64-bit word at a time.</summary>
internal static class BitRange
{
    /// <summary>Whether a bit of [from, to) is set.</summary>
    public static bool Any(ulong[] bits, int from, int to)
    {
        if (to <= from) return false;
        int first = from >> 6, last = (to - 1) >> 6;
        ulong head = ~0UL << (from & 63), tail = ~0UL >> (63 - ((to - 1) & 63));
        if (first == last) return (bits[first] & head & tail) != 0;
        if ((bits[first] & head) != 0 || (bits[last] & tail) != 0) return true;
        for (int w = first + 1; w < last; w++)
            if (bits[w] != 0) return true;
        return false;
    }

    /// <summary>Sets the bits of [from, to).</summary>
    public static void Set(ulong[] bits, int from, int to)
    {
        if (to <= from) return;
        int first = from >> 6, last = (to - 1) >> 6;
        ulong head = ~0UL << (from & 63), tail = ~0UL >> (63 - ((to - 1) & 63));
        if (first == last) { bits[first] |= head & tail; return; }
        bits[first] |= head;
        bits[last] |= tail;
        for (int w = first + 1; w < last; w++) bits[w] = ~0UL;
    }
}
