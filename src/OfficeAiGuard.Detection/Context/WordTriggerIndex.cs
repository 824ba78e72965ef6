namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Which vocabularies may start at a word: the first two to five characters of the text at the
/// word start (lower case) are looked up among the triggers of every vocabulary at once. A
/// two-character gate rejects most words without a dictionary lookup.
/// </summary>
public sealed class WordTriggerIndex
{
    private const int MaxLength = 5;
    private readonly bool[] _gate = new bool[1 << 16];
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
                if (t.Length < 2) continue;
                _masks[t] = _masks.GetValueOrDefault(t) | (1 << i);
                _gate[Gate(t[0], t[1])] = true;
            }
        }
        _lookup = _masks.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Bit mask of the vocabularies with a trigger at <paramref name="start"/>, 0 when none.</summary>
    public int MaskAt(string text, int start)
    {
        if (start + 1 >= text.Length) return 0;
        char a = char.ToLowerInvariant(text[start]), b = char.ToLowerInvariant(text[start + 1]);
        if (!_gate[Gate(a, b)]) return 0;
        int length = Math.Min(MaxLength, text.Length - start);
        Span<char> key = stackalloc char[MaxLength];
        for (int i = 0; i < length; i++) key[i] = char.ToLowerInvariant(text[start + i]);
        int mask = 0;
        for (int n = 2; n <= length; n++)
            if (_lookup.TryGetValue(key[..n], out int m)) mask |= m;
        return mask;
    }

    private static int Gate(char a, char b) => (a * 131 + b) & 0xFFFF;
}
