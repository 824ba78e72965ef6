using System.Globalization;
using System.Text;

namespace OfficeAiGuard.Documents;

/// <summary>Finds a mention typed by hand: case, accents' composition, apostrophes and whitespace do not matter.</summary>
public static class MentionText
{
    /// <summary>The default mention (Rumilly/CCAS charter wording) when no charter is given.</summary>
    public const string Default = "Contenu généré avec l'aide de l'IA";

    public static bool Contains(string text, string mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needle = Normalize(mention);
        return needle.Length > 0 && Normalize(text).Contains(needle, StringComparison.Ordinal);
    }

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c is '\u2019' or '\u2018' or '\u02BC' ? '\'' : char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
