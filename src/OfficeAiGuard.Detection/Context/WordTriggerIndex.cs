namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Which vocabularies may start at a word: the first three to five characters of the text at the
/// word start (lower case) are looked up among the triggers of every vocabulary at once. Keys are
/// the characters packed into one integer and found in a small open-addressing table, so a word
/// costs one or two probes and no hashing of strings; the three-character prefix says whether
/// longer triggers start with it, so most words stop after one probe.
/// </summary>
public sealed class WordTriggerIndex
{
    private const int MinLength = 3;
    private const int MaxLength = 5;
    private const int BitsPerChar = 12;
    private const int Longer = 1 << 30; // a longer trigger starts with this prefix
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>
    /// One bit per hash of the three-character prefixes present: most words start with none, and
    /// this small table (in the processor's first-level cache) tells so before the probe.
    /// </summary>
    private readonly ulong[] _prefixFilter = new ulong[1 << (FilterBits - 6)];
    private const int FilterBits = 15;

    /// <param name="vocabularies">Trigger lists; a hit reports bit i for list i (at most 30 lists).</param>
    public WordTriggerIndex(IReadOnlyList<IEnumerable<string>> vocabularies)
    {
        if (vocabularies.Count > 30) throw new ArgumentException("At most 30 vocabularies.");
        var entries = new Dictionary<ulong, int>();
        for (int i = 0; i < vocabularies.Count; i++)
        {
            foreach (var raw in vocabularies[i])
            {
                string t = raw.ToLowerInvariant();
                if (t.Length > MaxLength) t = t[..MaxLength];
                if (t.Length < MinLength) throw new ArgumentException($"Trigger '{raw}' is shorter than three characters.");
                ulong key = 0;
                for (int n = 1; n <= t.Length; n++)
                {
                    char c = Lower(t[n - 1]);
                    if (c >= 1 << BitsPerChar) throw new ArgumentException($"Trigger '{raw}' has a character the index cannot pack.");
                    key = key << BitsPerChar | c;
                    if (n < MinLength) continue;
                    ulong k = Key(key, n);
                    entries[k] = entries.GetValueOrDefault(k) | (n == t.Length ? 1 << i : Longer);
                }
            }
        }
        int size = 64;
        while (size < entries.Count * 4) size <<= 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        _keys = new ulong[size];
        _values = new int[size];
        foreach (var (k, v) in entries)
        {
            if (k >> 60 == MinLength)
            {
                int bit = FilterBit(k);
                _prefixFilter[bit >> 6] |= 1UL << bit;
            }
            int slot = Slot(k);
            while (_keys[slot] != 0) slot = (slot + 1) & (size - 1);
            _keys[slot] = k;
            _values[slot] = v;
        }
    }

    /// <summary>Bit mask of the vocabularies with a trigger at <paramref name="start"/>, 0 when none.</summary>
    public int MaskAt(string text, int start)
    {
        if (start + MinLength > text.Length) return 0;
        int length = Math.Min(MaxLength, text.Length - start);
        ulong key = 0;
        for (int n = 0; n < MinLength; n++)
        {
            char c = Lower(text[start + n]);
            if (c >= 1 << BitsPerChar) return 0;
            key = key << BitsPerChar | c;
        }
        int filterBit = FilterBit(Key(key, MinLength));
        if ((_prefixFilter[filterBit >> 6] & (1UL << filterBit)) == 0) return 0;
        int mask = 0;
        for (int n = MinLength; ; n++)
        {
            int value = Find(Key(key, n));
            mask |= value & ~Longer;
            if ((value & Longer) == 0 || n == length) return mask;
            char c = Lower(text[start + n]);
            if (c >= 1 << BitsPerChar) return mask;
            key = key << BitsPerChar | c;
        }
    }

    private int Find(ulong key)
    {
        int mask = _keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            ulong k = _keys[slot];
            if (k == key) return _values[slot];
            if (k == 0) return 0;
        }
    }

    private static ulong Key(ulong packed, int length) => packed | (ulong)length << 60;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private static int FilterBit(ulong key) => (int)((key * 0xC2B2AE3D27D4EB4FUL) >> (64 - FilterBits));

    /// <summary>
    /// ASCII fast path of <see cref="char.ToLowerInvariant"/>; the typographic apostrophe is packed
    /// as the straight one (both spellings of "d'origine" hit, the recognizer's pattern decides).
    /// </summary>
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : c == '’' ? '\'' : char.ToLowerInvariant(c);
}
