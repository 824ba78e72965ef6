using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Purview-style "primary element with a supporting keyword before it", searched keyword first:
/// the keywords are found through word triggers, then the value pattern runs only in the window
/// that follows each keyword. Much cheaper than running the value pattern over the whole text
/// when the value (a bare number) is common and the keyword rare.
/// </summary>
/// <param name="triggerBit">The keywords' vocabulary in <see cref="TriggerWords"/>.</param>
public sealed class KeywordWindowSearch(int triggerBit, Regex anchoredKeyword, Regex value, int window)
{
    /// <summary>
    /// When set, a value may also stand right before its keyword ("19AB12345 (passeport)", "le numéro … de sa carte
    /// d'identité"): the text between the value's end and the keyword must match this pattern (anchored at both ends).
    /// </summary>
    public Regex? GapBefore { get; init; }

    /// <summary>How far before the keyword a value placed before it may start.</summary>
    public int WindowBefore { get; init; } = 40;

    /// <summary>
    /// When set, a value on the next line after a label ("N° :", "Numéro :") belongs to a keyword whose line is too long
    /// for the window ("Pièce d'identité : carte … délivrée le … par la sous-préfecture de …\nN° : …"). The label pattern
    /// is anchored at the line start and its match is followed by the value.
    /// </summary>
    public Regex? NextLineLabel { get; init; }

    /// <summary>
    /// Each value found after a keyword: its span and the closest keyword before it (a value in the
    /// windows of two keywords, "passeport n° … et titre de séjour n° 6902184573", belongs to the later one).
    /// </summary>
    public IReadOnlyList<(int Start, int Length, string Keyword)> Find(AnalysisContext context)
    {
        string text = context.Text;
        var found = new List<(int Start, int Length, string Keyword)>();
        int emittedEnd = 0;
        foreach (int position in context.TriggerHitsOf(triggerBit))
        {
            // The keyword (anchored at the hit) and the values after it, read as spans: a string is
            // made for the keyword only when a value is found.
            int keywordLength = -1;
            foreach (var k in anchoredKeyword.EnumerateMatches(text, position))
            {
                keywordLength = k.Length;
                break;
            }
            if (keywordLength < 0) continue;
            int from = position + keywordLength;
            int length = Math.Min(window, text.Length - from);
            // The value may run past the window's end: let it, by matching on a slightly longer slice.
            int slice = Math.Min(text.Length - from, length + 40);
            string? keyword = null;
            foreach (var m in value.EnumerateMatches(text.AsSpan(from, slice)))
            {
                if (m.Index >= length) break;
                int start = from + m.Index, valueLength = m.Length;
                keyword ??= text.Substring(position, keywordLength);
                if (start < emittedEnd)
                {
                    // Already found after an earlier keyword: this one is closer.
                    int same = found.FindLastIndex(f => f.Start == start && f.Length == valueLength);
                    if (same >= 0) found[same] = (start, valueLength, keyword);
                    continue;
                }
                emittedEnd = start + valueLength;
                found.Add((start, valueLength, keyword));
            }
            if (keyword is null && NextLineLabel is not null) FindOnNextLine(text, position, keywordLength, from + length, found, ref emittedEnd);
            if (GapBefore is not null) FindBefore(text, position, keywordLength, found);
        }
        if (GapBefore is not null && found.Count > 1) found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The value after a number label at the start of the line below the keyword's, when the window stopped short of it.</summary>
    private void FindOnNextLine(string text, int position, int keywordLength, int windowEnd, List<(int, int, string)> found, ref int emittedEnd)
    {
        int nl = text.IndexOf('\n', position + keywordLength);
        if (nl < 0 || nl + 1 < windowEnd || nl - position > 240) return;
        int lineStart = nl + 1;
        foreach (var label in NextLineLabel!.EnumerateMatches(text, lineStart))
        {
            if (label.Index != lineStart) return;
            int from = lineStart + label.Length;
            int lineEnd = text.IndexOf('\n', from);
            if (lineEnd < 0) lineEnd = text.Length;
            foreach (var m in value.EnumerateMatches(text.AsSpan(from, lineEnd - from)))
            {
                if (m.Index != 0) return;
                emittedEnd = Math.Max(emittedEnd, from + m.Length);
                found.Add((from, m.Length, text.Substring(position, keywordLength)));
                return;
            }
            return;
        }
    }

    /// <summary>A value that ends right before the keyword, separated from it by what <see cref="GapBefore"/> allows.</summary>
    private void FindBefore(string text, int position, int keywordLength, List<(int Start, int Length, string Keyword)> found)
    {
        int from = Math.Max(0, position - WindowBefore);
        int lastStart = -1, lastLength = 0;
        foreach (var m in value.EnumerateMatches(text.AsSpan(from, position - from)))
        {
            lastStart = from + m.Index;
            lastLength = m.Length;
        }
        if (lastStart < 0 || (lastStart > 0 && char.IsLetterOrDigit(text[lastStart - 1]))) return;
        int end = lastStart + lastLength;
        if (!GapBefore!.IsMatch(text.AsSpan(end, position - end))) return;
        foreach (var f in found)
            if (f.Start == lastStart) return;
        found.Add((lastStart, lastLength, text.Substring(position, keywordLength)));
    }
}
