using OfficeAiGuard.Detection.Lexicons;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// The surnames and first names a text has introduced ("Mme Sophie MARTIN"), which are names
/// wherever they appear again ("Martin a rappelé"). One set per text; when a large text is analysed
/// chunk by chunk the set is shared by its chunks, and each chunk records (in a small filter) the
/// words it looked up in vain, so that the engine can tell which chunks a name learned later may change.
/// </summary>
internal sealed class KnownNames
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter = new();
    private readonly List<string> _order = [];
    private WordFilter? _misses;

    public KnownNames() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many names have been learned (it only grows).</summary>
    public int Count => _order.Count;

    public void Learn(ReadOnlySpan<char> name)
    {
        if (!_lookup.Add(name)) return;
        _filter.Add(name);
        _order.Add(name.ToString());
    }

    /// <summary>Whether the word is a known name; a miss is recorded when a recorder is set.</summary>
    public bool Contains(string text, WordToken word)
    {
        var span = word.Span(text);
        if (_filter.MayContain(span) && _lookup.Contains(span)) return true;
        _misses?.Add(span);
        return false;
    }

    /// <summary>Records the words of the following lookups that are not known names into <paramref name="misses"/> (null: stop).</summary>
    public void RecordMisses(WordFilter? misses) => _misses = misses;

    /// <summary>Whether a name learned after the first <paramref name="count"/> may be one of the recorded misses.</summary>
    public bool AnyLearnedSince(int count, WordFilter misses)
    {
        for (int i = count; i < _order.Count; i++)
            if (misses.MayContain(_order[i])) return true;
        return false;
    }
}
