namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// The surnames and first names a text has introduced ("Mme Sophie MARTIN"), which are names
/// wherever they appear again ("Martin a rappelé"). One set per text; when a large text is analysed
/// chunk by chunk the set is shared by its chunks, and each chunk records the name-shaped words it
/// looked up in vain, so that the engine can tell which chunks a name learned later changes.
/// </summary>
internal sealed class KnownNames
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _order = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private HashSet<int>? _misses;

    public KnownNames() => _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Names learned so far; the first <c>n</c> of <see cref="LearnedSince"/> are the ones known when the count was n.</summary>
    public int Count => _order.Count;

    public void Learn(ReadOnlySpan<char> name)
    {
        if (_lookup.Contains(name)) return;
        string s = name.ToString();
        _names.Add(s);
        _order.Add(s);
    }

    /// <summary>Whether the word is a known name; a miss is recorded (by hash) when a recorder is set.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_lookup.Contains(word)) return true;
        _misses?.Add(Hash(word));
        return false;
    }

    /// <summary>Records the misses of the following lookups into <paramref name="misses"/> (null: stop recording).</summary>
    public void RecordMisses(HashSet<int>? misses) => _misses = misses;

    /// <summary>Whether a name learned after the first <paramref name="count"/> was looked up in vain (as far as hashes tell).</summary>
    public bool AnyLearnedSinceIn(int count, HashSet<int> misses)
    {
        for (int i = count; i < _order.Count; i++)
            if (misses.Contains(Hash(_order[i]))) return true;
        return false;
    }

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);
}
