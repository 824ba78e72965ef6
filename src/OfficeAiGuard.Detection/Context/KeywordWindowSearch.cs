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
        }
        return found;
    }
}
