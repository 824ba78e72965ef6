using System.IO.Compression;
using System.Reflection;

namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>INSEE first names and surnames (embedded resources), looked up case-insensitively without allocation.</summary>
public sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> Shared = new(() => new NameLexicon(
        Load("first-names.txt.gz"), Load("surnames.txt.gz")));

    private readonly HashSet<string> _firstNames;
    private readonly HashSet<string> _surnames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _surnameLookup;

    public NameLexicon(IEnumerable<string> firstNames, IEnumerable<string> surnames)
    {
        _firstNames = new HashSet<string>(firstNames, StringComparer.OrdinalIgnoreCase);
        _surnames = new HashSet<string>(surnames, StringComparer.OrdinalIgnoreCase);
        _firstLookup = _firstNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _surnameLookup = _surnames.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static NameLexicon Default => Shared.Value;

    public int FirstNameCount => _firstNames.Count;

    /// <summary>A first name, also each part of a compound one ("Jean-Marc").</summary>
    public bool IsFirstName(ReadOnlySpan<char> token)
    {
        if (_firstLookup.Contains(token)) return true;
        int dash = token.IndexOf('-');
        if (dash <= 0) return false;
        return _firstLookup.Contains(token[..dash]) && _firstLookup.Contains(token[(dash + 1)..]);
    }

    public bool IsSurname(ReadOnlySpan<char> token) => _surnameLookup.Contains(token);

    private static IEnumerable<string> Load(string file)
    {
        var assembly = typeof(NameLexicon).Assembly;
        string resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) names.Add(line);
        return names;
    }
}
