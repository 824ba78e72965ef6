using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Tokenization;

/// <summary>
/// Splits a text into <see cref="WordToken"/>s: runs of letters, with a hyphen or an apostrophe
/// between two letters kept inside ("Jean-Marc", "N'Diaye"), and runs of ASCII digits. A lower-case
/// elision is split off ("l'école" gives "école", "qu'Adam" gives "Adam"), a name's is kept ("N'Diaye", "D'ALMEIDA").
/// </summary>
/// <remarks>
/// The characters are first classified 64 at a time into bit masks (letter, lower case, upper case,
/// digit, hyphen or apostrophe) with vector instructions; the words are then read from the masks,
/// a word per step rather than a character per step, so the processor does not mispredict a branch
/// at every word end.
/// </remarks>
public static class WordTokenizer
{
    public static PooledList<WordToken> Tokenize(string text)
    {
        int n = text.Length;
        var tokens = new PooledList<WordToken>(n / 5);
        if (n == 0) return tokens;
        int blocks = (n + 63) >> 6;
        var pool = ArrayPool<ulong>.Shared;
        ulong[] letters = pool.Rent(blocks), lowers = pool.Rent(blocks), uppers = pool.Rent(blocks), digits = pool.Rent(blocks),
            joiners = pool.Rent(blocks);
        try
        {
            Classify(text, blocks, letters, lowers, uppers, digits, joiners);
            // Word characters: the letters, and a hyphen or an apostrophe between two letters.
            ulong[] words = joiners;
            for (int b = 0; b < blocks; b++)
            {
                ulong before = letters[b] << 1 | (b > 0 ? letters[b - 1] >> 63 : 0);
                ulong after = letters[b] >> 1 | (b + 1 < blocks ? letters[b + 1] << 63 : 0);
                words[b] = letters[b] | (joiners[b] & before & after);
            }
            for (int b = 0; b < blocks; b++)
            {
                ulong w = words[b], d = digits[b];
                ulong starts = (w & ~(w << 1 | (b > 0 ? words[b - 1] >> 63 : 0))) | (d & ~(d << 1 | (b > 0 ? digits[b - 1] >> 63 : 0)));
                while (starts != 0)
                {
                    int bit = BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                    int start = b << 6 | bit;
                    if ((w >> bit & 1) == 0)
                    {
                        ulong notDigit = ~d & (~0UL << bit);
                        int digitsEnd = notDigit != 0 ? b << 6 | BitOperations.TrailingZeroCount(notDigit) : NextClear(digits, start, n);
                        tokens.Add(new WordToken(start, Math.Min(n, digitsEnd), WordShape.Number));
                        continue;
                    }
                    ulong rest = ~w & (~0UL << bit);
                    if (rest != 0 && (w & ~letters[b] & (rest - 1)) == 0)
                    {
                        // Within the block, no hyphen or apostrophe: the shape from the masks alone.
                        int endBit = BitOperations.TrailingZeroCount(rest);
                        ulong inWord = (rest - 1) & (~0UL << bit);
                        tokens.Add(new WordToken(start, Math.Min(n, b << 6 | endBit),
                            ShapeOf((uppers[b] >> bit & 1) != 0, endBit - bit, (lowers[b] & inWord) != 0)));
                        continue;
                    }
                    int end = NextClear(words, start, n);
                    // Elision: "l'école", "d'Alsace", "L'agent" → drop the elided article.
                    while (start + 1 < end && text[start + 1] is '\'' or '’' && (IsSet(lowers, start) || IsSet(lowers, start + 2)))
                        start += 2;
                    // "qu'", "lorsqu'", "puisqu'", "jusqu'": only words starting with these letters are tried (out of line).
                    if (end - start > 3 && text[start] is 'q' or 'l' or 'p' or 'j') start = AfterQuElision(text, start, end, lowers, uppers);
                    tokens.Add(new WordToken(start, end, ShapeOf(IsSet(uppers, start), end - start, BitRange.Any(lowers, start, end))));
                }
            }
        }
        finally
        {
            pool.Return(letters);
            pool.Return(lowers);
            pool.Return(uppers);
            pool.Return(digits);
            pool.Return(joiners);
        }
        return tokens;
    }

    private static WordShape ShapeOf(bool upperFirst, int length, bool anyLower)
    {
        if (!upperFirst) return anyLower ? WordShape.Lower : WordShape.Other;
        if (!anyLower) return length >= 2 ? WordShape.Upper : WordShape.Capitalized;
        return WordShape.Capitalized;
    }

    /// <summary>
    /// One bit per character in each mask: a letter (<see cref="char.IsLetter(char)"/>), a lower-case
    /// or upper-case one, an ASCII digit, a hyphen or an apostrophe ('-', '\'', '’'); bits past the
    /// text's end are clear.
    /// </summary>
    private static void Classify(string text, int blocks, ulong[] letters, ulong[] lowers, ulong[] uppers, ulong[] digits, ulong[] joiners)
    {
        int n = text.Length;
        ref ushort chars = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
        for (int b = 0; b < blocks; b++)
        {
            int at = b << 6;
            ulong letter, lower, digit, joiner, other;
            if (at + 64 <= n && Vector256.IsHardwareAccelerated)
            {
                letter = lower = digit = joiner = other = 0;
                for (int k = 0; k < 64; k += 16)
                {
                    var v = Vector256.LoadUnsafe(ref chars, (nuint)(at + k));
                    letter |= (ulong)Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << k;
                    lower |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << k;
                    digit |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits() << k;
                    joiner |= (ulong)(Vector256.Equals(v, Vector256.Create((ushort)'-')) | Vector256.Equals(v, Vector256.Create((ushort)'\''))).ExtractMostSignificantBits() << k;
                    other |= (ulong)Vector256.GreaterThan(v, Vector256.Create((ushort)127)).ExtractMostSignificantBits() << k;
                }
            }
            else
            {
                letter = lower = digit = joiner = other = 0;
                int count = Math.Min(64, n - at);
                for (int k = 0; k < count; k++)
                {
                    char c = text[at + k];
                    ulong bit = 1UL << k;
                    if (c >= 128) other |= bit;
                    else if (char.IsAsciiLetterLower(c)) { letter |= bit; lower |= bit; }
                    else if (char.IsAsciiLetterUpper(c)) letter |= bit;
                    else if (char.IsAsciiDigit(c)) digit |= bit;
                    else if (c is '-' or '\'') joiner |= bit;
                }
            }
            ulong upper = letter & ~lower;
            // Characters outside ASCII (accented letters, the typographic apostrophe…) one by one.
            for (; other != 0; other &= other - 1)
            {
                int k = BitOperations.TrailingZeroCount(other);
                char c = text[at + k];
                ulong bit = 1UL << k;
                if (char.IsLetter(c))
                {
                    letter |= bit;
                    if (char.IsLower(c)) lower |= bit;
                    else if (char.IsUpper(c)) upper |= bit;
                }
                else if (c == '’') joiner |= bit;
            }
            letters[b] = letter;
            lowers[b] = lower;
            uppers[b] = upper;
            digits[b] = digit;
            joiners[b] = joiner;
        }
    }

    /// <summary>The first position at or after <paramref name="from"/> whose bit is clear (at most <paramref name="n"/>).</summary>
    private static int NextClear(ulong[] bits, int from, int n)
    {
        int b = from >> 6;
        ulong clear = ~bits[b] & (~0UL << (from & 63));
        while (clear == 0)
        {
            if (++b << 6 >= n) return n;
            clear = ~bits[b];
        }
        return Math.Min(n, b << 6 | BitOperations.TrailingZeroCount(clear));
    }

    /// <summary>
    /// "qu'Adam", "lorsqu'Inès", "jusqu'à Noël" stays whole: a lower-case word ending in "qu" elided before a capital
    /// (a name) is dropped; the position of the name, or <paramref name="start"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int AfterQuElision(string text, int start, int end, ulong[] lowers, ulong[] uppers)
    {
        int a = text.IndexOfAny(Apostrophes, start, Math.Min(end, start + 8) - start);
        if (a < start + 2 || a + 1 >= end || text[a - 2] != 'q' || text[a - 1] != 'u' || !IsSet(uppers, a + 1)) return start;
        for (int k = start; k < a; k++)
            if (!IsSet(lowers, k)) return start;
        return a + 1;
    }

    private static readonly char[] Apostrophes = ['\'', '’'];

    private static bool IsSet(ulong[] bits, int at) => (bits[at >> 6] >> (at & 63) & 1) != 0;
}
