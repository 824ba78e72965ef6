using System.Runtime.CompilerServices;

namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>
/// A quick "certainly not in the set" for case-insensitive word sets: one bit per (length, first,
/// second and last letter) of the words, letters compared as <see cref="StringComparer.OrdinalIgnoreCase"/>
/// may find them equal, so a word the filter rejects is not in the set; most words of a text are
/// rejected without hashing them.
/// </summary>
/// <param name="bits">The filter has 2^bits bits: 12 (512 bytes) for a few hundred words, more for a lexicon.</param>
internal sealed class WordFilter(int bits = 12)
{
    private readonly ulong[] _bits = new ulong[1 << (bits - 6)];
    private readonly int _shift = 32 - bits;

    public void Add(ReadOnlySpan<char> word)
    {
        int bit = Bit(word);
        _bits[bit >> 6] |= 1UL << bit;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        int bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Bit(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return word.IsEmpty ? 0 : (int)(Upper(word[0]) * 0x85EBCA77u >> _shift);
        uint h = (uint)word.Length * 0x9E3779B1u ^ Upper(word[0]) * 0x85EBCA77u ^ Upper(word[1]) * 0x27D4EB2Fu
            ^ Upper(word[^1]) * 0xC2B2AE3Du;
        return (int)(h >> _shift);
    }

    /// <summary>
    /// ASCII upper case; every other character in one bucket, but the two whose Unicode upper case
    /// is ASCII ("ı" → "I", "ſ" → "S"), kept with those in case a runtime compares them so.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Upper(char c) => c < 128 ? (uint)(c is >= 'a' and <= 'z' ? c - 32 : c) : c switch
    {
        '\u0131' => 'I',
        '\u017F' => 'S',
        _ => 128,
    };
}
