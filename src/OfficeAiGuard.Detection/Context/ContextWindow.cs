using System.Text.RegularExpressions;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Supporting evidence around a primary element, Purview-style: keywords searched in a window of
/// characters before and/or after the match.
/// </summary>
public static class ContextWindow
{
    public static ReadOnlySpan<char> Before(string text, int start, int chars)
    {
        int from = Math.Max(0, start - chars);
        return text.AsSpan(from, start - from);
    }

    public static ReadOnlySpan<char> After(string text, int end, int chars)
    {
        int to = Math.Min(text.Length, end + chars);
        return text.AsSpan(end, to - end);
    }

    /// <summary>The last keyword found in the window before the span (the closest one), or null.</summary>
    public static string? FindBefore(Regex keywords, string text, int start, int chars)
    {
        var window = Before(text, start, chars);
        int index = -1, length = 0;
        foreach (var m in keywords.EnumerateMatches(window)) (index, length) = (m.Index, m.Length);
        return index < 0 ? null : window.Slice(index, length).ToString();
    }

    /// <summary>The first keyword found in the window after the span, or null.</summary>
    public static string? FindAfter(Regex keywords, string text, int end, int chars)
    {
        var window = After(text, end, chars);
        foreach (var m in keywords.EnumerateMatches(window))
            return window.Slice(m.Index, m.Length).ToString();
        return null;
    }

    /// <summary>Start of the sentence (or line) holding <paramref name="index"/>.</summary>
    public static int SentenceStart(string text, int index, int max = 400)
    {
        int limit = Math.Max(0, index - max);
        for (int i = index - 1; i >= limit; i--)
        {
            char c = text[i];
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && i + 1 < text.Length && text[i + 1] is ' ' or '\n' && !IsAbbreviation(text, i)))
                return i + 1;
        }
        return limit;
    }

    /// <summary>End (exclusive) of the sentence (or line) holding <paramref name="index"/>.</summary>
    public static int SentenceEnd(string text, int index, int max = 400)
    {
        int limit = Math.Min(text.Length, index + max);
        for (int i = index; i < limit; i++)
        {
            char c = text[i];
            if (c == '\n' || ((c == '.' || c == '!' || c == '?' || c == ';') && (i + 1 >= text.Length || text[i + 1] is ' ' or '\n') && !IsAbbreviation(text, i)))
                return i;
        }
        return limit;
    }

    /// <summary>"M." or "L." (one capital letter before the dot) does not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot) =>
        text[dot] == '.' && dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));
}
