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
        foreach (var name in _firstNames) _firstFilter.Add(name);
        foreach (var name in _surnames) _surnameFilter.Add(name);
    }

    // Most capitalised words of a text are not in the lists: a filter says so before the hash look-up.
    private readonly WordFilter _firstFilter = new(bits: 17);
    private readonly WordFilter _surnameFilter = new(bits: 16);

    public static NameLexicon Default => Shared.Value;

    public int FirstNameCount => _firstNames.Count;

    /// <summary>A first name, also each part of a compound one ("Jean-Marc").</summary>
    public bool IsFirstName(ReadOnlySpan<char> token)
    {
        if (Known(token)) return true;
        int dash = token.IndexOf('-');
        if (dash <= 0) return false;
        return Known(token[..dash]) && Known(token[(dash + 1)..]);
    }

    /// <summary>
    /// In the list as written, or without its accents: the INSEE lists spell many names of
    /// Portuguese, Spanish or other origin without them ("João" is listed as JOAO, "Luís" as LUIS).
    /// </summary>
    private bool Known(ReadOnlySpan<char> token)
    {
        if (_firstFilter.MayContain(token) && _firstLookup.Contains(token)) return true;
        if (!token.ContainsAnyExceptInRange('\0', '\u007F') || token.Length > 40) return false;
        Span<char> folded = stackalloc char[token.Length];
        for (int i = 0; i < token.Length; i++) folded[i] = Fold(token[i]);
        return !folded.SequenceEqual(token) && _firstFilter.MayContain(folded) && _firstLookup.Contains(folded);
    }

    /// <summary>The base letter of an accented Latin letter (the ones of European first names), other characters unchanged.</summary>
    private static char Fold(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
        'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' => 'A',
        'ç' or 'ć' or 'č' => 'c',
        'Ç' or 'Ć' or 'Č' => 'C',
        'è' or 'é' or 'ê' or 'ë' or 'ę' or 'ě' => 'e',
        'È' or 'É' or 'Ê' or 'Ë' or 'Ę' or 'Ě' => 'E',
        'ì' or 'í' or 'î' or 'ï' => 'i',
        'Ì' or 'Í' or 'Î' or 'Ï' => 'I',
        'ñ' or 'ń' or 'ň' => 'n',
        'Ñ' or 'Ń' or 'Ň' => 'N',
        'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' => 'o',
        'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' => 'O',
        'ù' or 'ú' or 'û' or 'ü' or 'ů' => 'u',
        'Ù' or 'Ú' or 'Û' or 'Ü' or 'Ů' => 'U',
        'ý' or 'ÿ' => 'y',
        'Ý' or 'Ÿ' => 'Y',
        'š' or 'ś' => 's',
        'Š' or 'Ś' => 'S',
        'ž' or 'ź' or 'ż' => 'z',
        'Ž' or 'Ź' or 'Ż' => 'Z',
        'ł' => 'l',
        'Ł' => 'L',
        _ => c,
    };

    public bool IsSurname(ReadOnlySpan<char> token) => _surnameFilter.MayContain(token) && _surnameLookup.Contains(token);

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
