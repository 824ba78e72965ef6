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

    /// <summary>A first name, also each part of a compound one ("Jean-Marc"), but not a saint's town ("Saint-Étienne").</summary>
    public bool IsFirstName(ReadOnlySpan<char> token)
    {
        // The lists hold a few "Saint-" compounds ("SAINTE-MARIE"), but in drafts they are towns and places.
        if (Known(token)) return !IsSaintCompound(token);
        int dash = token.IndexOf('-');
        return dash > 0 && !IsSaintCompound(token) && Known(token[..dash]) && Known(token[(dash + 1)..]);
    }

    private static bool IsSaintCompound(ReadOnlySpan<char> token) =>
        token.Length > 6 && (token[0] | 0x20) == 's'
        && (token.StartsWith("saint-", StringComparison.OrdinalIgnoreCase) || token.StartsWith("sainte-", StringComparison.OrdinalIgnoreCase));

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

    /// <summary>
    /// The base letter of an accented Latin letter (Latin-1, Extended-A/B and Extended Additional: French, Portuguese,
    /// Polish, Czech, Turkish, Vietnamese names: "Nguyễn Thị" → "Nguyen Thi"), other characters unchanged.
    /// </summary>
    private static char Fold(char c) => c switch
    {
        >= '\u00C0' and <= '\u024F' => FoldTable[c - 0x00C0],
        >= '\u1E00' and <= '\u1EFF' => FoldTable[c - 0x1E00 + 0x0190],
        _ => c,
    };

    /// <summary>Base letters of U+00C0–U+024F then U+1E00–U+1EFF, from their canonical decomposition (letters without one kept).</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x0190 + 0x0100];
        for (int k = 0; k < table.Length; k++)
        {
            char c = (char)(k < 0x0190 ? 0x00C0 + k : 0x1E00 + k - 0x0190);
            string decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
            table[k] = decomposed.Length > 0 && decomposed[0] < 0x0250 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
        }
        // Letters with a stroke have no decomposition.
        table['ł' - 0x00C0] = 'l'; table['Ł' - 0x00C0] = 'L'; table['đ' - 0x00C0] = 'd'; table['Đ' - 0x00C0] = 'D';
        table['ø' - 0x00C0] = 'o'; table['Ø' - 0x00C0] = 'O';
        return table;
    }

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
