using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OfficeAiGuard.Detection.Normalization;

/// <summary>
/// Undoes the tricks that hide data from pattern matching: non-breaking, thin and other exotic
/// spaces become a plain space, zero-width characters and soft hyphens are removed, full-width
/// digits, letters and signs become ASCII, Unicode hyphens become '-'. Every kept character maps
/// to exactly one original character, so spans can be mapped back.
/// </summary>
public static class TextNormalizer
{
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        "\u00A0\u00AD\u1680\u180E\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D"
        + "\u2010\u2011\u2012\u2028\u2029\u202F\u205F\u2060\u2212\u3000\uFEFF"
        + "\uFF01\uFF0B\uFF0D\uFF0E\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16\uFF17\uFF18\uFF19\uFF20"
        + "\uFF21\uFF22\uFF23\uFF24\uFF25\uFF26\uFF27\uFF28\uFF29\uFF2A\uFF2B\uFF2C\uFF2D\uFF2E\uFF2F\uFF30\uFF31\uFF32\uFF33\uFF34\uFF35\uFF36\uFF37\uFF38\uFF39\uFF3A"
        + "\uFF41\uFF42\uFF43\uFF44\uFF45\uFF46\uFF47\uFF48\uFF49\uFF4A\uFF4B\uFF4C\uFF4D\uFF4E\uFF4F\uFF50\uFF51\uFF52\uFF53\uFF54\uFF55\uFF56\uFF57\uFF58\uFF59\uFF5A");

    public static NormalizedText Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = IndexOfSuspicious(text);
        if (first < 0) return new NormalizedText(text, text, null);

        // At most one character out per character in: the buffers are sized once.
        var chars = new char[text.Length];
        var map = new int[text.Length];
        text.AsSpan(0, first).CopyTo(chars);
        for (int i = 0; i < first; i++) map[i] = i;
        int n = first;
        for (int i = first; i < text.Length; i++)
        {
            char mapped = Map(text[i]);
            if (mapped == '\0') continue;
            chars[n] = mapped;
            map[n++] = i;
        }
        return new NormalizedText(text, new string(chars, 0, n), map);
    }

    /// <summary>
    /// The first suspicious character, or −1. Most characters of a French text are ASCII or accented
    /// letters (U+00C0–U+017F): a vector compare keeps only those from U+00A0 to U+00AD or from
    /// U+1680 on (the typographic apostrophe, dashes, euro sign…), which the set then checks.
    /// </summary>
    internal static int IndexOfSuspicious(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i + 16 <= text.Length; i += 16)
            {
                var v = Vector256.LoadUnsafe(ref chars, (nuint)i);
                var candidates = Vector256.LessThan(v - Vector256.Create((ushort)0x00A0), Vector256.Create((ushort)0x000E))
                    | Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0x1680));
                if (candidates == Vector256<ushort>.Zero) continue;
                for (uint m = candidates.ExtractMostSignificantBits(); m != 0; m &= m - 1)
                {
                    int k = i + BitOperations.TrailingZeroCount(m);
                    if (Suspicious.Contains(text[k])) return k;
                }
            }
        }
        int rest = text[i..].IndexOfAny(Suspicious);
        return rest < 0 ? -1 : i + rest;
    }

    /// <summary>The replacement of one character, or '\0' to drop it.</summary>
    internal static char Map(char c) => c switch
    {
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' => '\0',
        '\u00A0' or '\u1680' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3000' => ' ',
        '\u2028' or '\u2029' => '\n',
        '\u2010' or '\u2011' or '\u2012' or '\u2212' or '\uFF0D' => '-',
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        _ => c,
    };
}
