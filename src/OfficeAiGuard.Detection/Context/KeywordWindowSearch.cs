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
    public IEnumerable<(int Start, int Length, string Keyword)> Find(AnalysisContext context)
    {
        string text = context.Text;
        var found = new List<(int Start, int Length, string Keyword)>();
        int emittedEnd = 0;
        foreach (var (position, mask) in context.TriggerHits)
        {
            if ((mask & (1 << triggerBit)) == 0) continue;
            var k = anchoredKeyword.Match(text, position);
            if (!k.Success) continue;
            int from = k.Index + k.Length;
            int length = Math.Min(window, text.Length - from);
            foreach (var m in Matches(text, from, length))
            {
                if (m.Start < emittedEnd)
                {
                    // Already found after an earlier keyword: this one is closer.
                    int same = found.FindLastIndex(f => f.Start == m.Start && f.Length == m.Length);
                    if (same >= 0) found[same] = (m.Start, m.Length, k.Value);
                    continue;
                }
                emittedEnd = m.Start + m.Length;
                found.Add((m.Start, m.Length, k.Value));
            }
        }
        return found;
    }

    private List<(int Start, int Length)> Matches(string text, int from, int length)
    {
        var found = new List<(int, int)>(2);
        // The value may run past the window's end: let it, by matching on a slightly longer slice.
        int slice = Math.Min(text.Length - from, length + 40);
        foreach (var m in value.EnumerateMatches(text.AsSpan(from, slice)))
        {
            if (m.Index >= length) break;
            found.Add((from + m.Index, m.Length));
        }
        return found;
    }
}
