namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Which vocabularies may start at a word: the first two to five characters of the text at the
/// word start (lower case) are looked up among the triggers of every vocabulary at once. A
/// three-character gate (a bit set of hashed trigger starts) rejects most words without a lookup.
/// </summary>
public sealed class WordTriggerIndex
{
    private const int MaxLength = 5;
    private const int GateBits = 1 << 20;
    private readonly ulong[] _gate = new ulong[GateBits / 64];
    private readonly int _minLength;
    private readonly Dictionary<string, int> _masks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <param name="vocabularies">Trigger lists; a hit reports bit i for list i.</param>
    public WordTriggerIndex(IReadOnlyList<IEnumerable<string>> vocabularies)
    {
        for (int i = 0; i < vocabularies.Count; i++)
        {
            foreach (var raw in vocabularies[i])
            {
                string t = raw.ToLowerInvariant();
                if (t.Length > MaxLength) t = t[..MaxLength];
                if (t.Length < 3) throw new ArgumentException($"Trigger '{raw}' is shorter than three characters.");
                _masks[t] = _masks.GetValueOrDefault(t) | (1 << i);
                int g = Gate(t[0], t[1], t[2]);
                _gate[g >> 6] |= 1UL << (g & 63);
            }
        }
        _minLength = 3;
        _lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Bit mask of the vocabularies with a trigger at <paramref name="start"/>, 0 when none.</summary>
    public int MaskAt(string text, int start)
    {
        if (start + _minLength > text.Length) return 0;
        char a = Lower(text[start]), b = Lower(text[start + 1]), c = Lower(text[start + 2]);
        int gate = Gate(a, b, c);
        if ((_gate[gate >> 6] & (1UL << (gate & 63))) == 0) return 0;
        int length = Math.Min(MaxLength, text.Length - start);
        Span<char> key = stackalloc char[MaxLength];
        for (int i = 0; i < length; i++) key[i] = Lower(text[start + i]);
        int mask = 0;
        for (int n = _minLength; n <= length; n++)
            if (_lookup.TryGetValue(key[..n], out int m)) mask |= m;
        return mask;
    }

    /// <summary>ASCII fast path of <see cref="char.ToLowerInvariant"/>.</summary>
    private static char Lower(char c) => c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    private static int Gate(char a, char b, char c) => (int)((uint)(a * 961 + b * 31 + c) * 2654435761u >> 12) & (GateBits - 1);
}
