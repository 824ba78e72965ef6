using OfficeAiGuard.Detection.Lexicons;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// The surnames and first names a text has introduced ("Mme Sophie MARTIN"), which are names
/// wherever they appear again ("Martin a rappelé"). One set per text; when a large text is analysed
/// chunk by chunk the set is shared by its chunks, and each chunk records the words it looked up in
/// vain, so that the engine can tell which chunks a name learned later would change.
/// </summary>
internal sealed class KnownNames
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter = new();
    private List<WordToken>? _misses;

    public KnownNames() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many names have been learned (it only grows).</summary>
    public int Count => _names.Count;

    public void Learn(ReadOnlySpan<char> name)
    {
        if (_lookup.Add(name)) _filter.Add(name);
    }

    /// <summary>Whether the word is a known name; a miss is recorded when a recorder is set.</summary>
    public bool Contains(string text, WordToken word)
    {
        var span = word.Span(text);
        if (_filter.MayContain(span) && _lookup.Contains(span)) return true;
        _misses?.Add(word);
        return false;
    }

    /// <summary>Records the words of the following lookups that are not known names into <paramref name="misses"/> (null: stop).</summary>
    public void RecordMisses(List<WordToken>? misses) => _misses = misses;

    /// <summary>Whether one of the words recorded as misses, at <paramref name="offset"/> in <paramref name="text"/>, is now a known name.</summary>
    public bool AnyKnown(string text, int offset, List<WordToken> misses)
    {
        foreach (var w in misses)
        {
            var span = text.AsSpan(offset + w.Start, w.Length);
            if (_filter.MayContain(span) && _lookup.Contains(span)) return true;
        }
        return false;
    }
}
