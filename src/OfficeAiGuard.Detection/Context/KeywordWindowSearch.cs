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
    /// <summary>Each value found after a keyword: its span and the (closest) keyword.</summary>
    public IEnumerable<(int Start, int Length, string Keyword)> Find(AnalysisContext context)
    {
        string text = context.Text;
        int emittedEnd = 0;
        foreach (int position in context.TriggerHitsOf(triggerBit))
        {
            var k = anchoredKeyword.Match(text, position);
            if (!k.Success) continue;
            int from = k.Index + k.Length;
            int length = Math.Min(window, text.Length - from);
            foreach (var m in Matches(text, from, length))
            {
                if (m.Start < emittedEnd) continue;
                emittedEnd = m.Start + m.Length;
                yield return (m.Start, m.Length, k.Value);
            }
        }
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
