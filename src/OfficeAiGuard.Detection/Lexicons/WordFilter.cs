namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>
/// A quick "certainly not in the set" for case-insensitive word sets: one bit per (length, first
/// letter, last letter) of the words, letters compared as <see cref="StringComparer.OrdinalIgnoreCase"/>
/// may find them equal, so a word the filter rejects is not in the set; most words of a text are
/// rejected without hashing them.
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 12;
    private readonly ulong[] _bits = new ulong[1 << (Bits - 6)];

    public void Add(ReadOnlySpan<char> word)
    {
        int bit = Bit(word);
        _bits[bit >> 6] |= 1UL << bit;
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        int bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static int Bit(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return 0;
        uint h = (uint)word.Length * 0x9E3779B1u ^ Upper(word[0]) * 0x85EBCA77u ^ Upper(word[^1]) * 0xC2B2AE3Du;
        return (int)(h >> (32 - Bits));
    }

    /// <summary>
    /// ASCII upper case; every other character in one bucket, but the two whose Unicode upper case
    /// is ASCII ("ı" → "I", "ſ" → "S"), kept with those in case a runtime compares them so.
    /// </summary>
    private static uint Upper(char c) => c < 128 ? (uint)(c is >= 'a' and <= 'z' ? c - 32 : c) : c switch
    {
        '\u0131' => 'I',
        '\u017F' => 'S',
        _ => 128,
    };
}
