using System.Buffers;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Fast pre-filter: positions where one of a few literal triggers starts a word, found with a
/// vectorised multi-string search. Recognizers run their (anchored) patterns only there, which keeps
/// the engine's throughput far above what one big alternation regex over the whole text gives.
/// </summary>
public sealed class TriggerScanner
{
    private readonly SearchValues<string> _triggers;
    private readonly bool _wordStartOnly;

    /// <param name="maxLength">Triggers are cut to this length: shorter triggers cannot miss a spelling variant further on.</param>
    public TriggerScanner(IEnumerable<string> triggers, bool ignoreCase = true, bool wordStartOnly = true, int maxLength = 5)
    {
        var cut = triggers.Select(t => t.Length > maxLength ? t[..maxLength] : t).Distinct().ToArray();
        _triggers = SearchValues.Create(cut, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        _wordStartOnly = wordStartOnly;
    }

    /// <summary>Start indices of trigger hits, in text order.</summary>
    public IEnumerable<int> Positions(string text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int hit = text.AsSpan(from).IndexOfAny(_triggers);
            if (hit < 0) yield break;
            int index = from + hit;
            if (!_wordStartOnly || index == 0 || !char.IsLetterOrDigit(text[index - 1]))
                yield return index;
            from = index + 1;
        }
    }

    public bool AnyIn(string text) => text.AsSpan().IndexOfAny(_triggers) >= 0;
}
