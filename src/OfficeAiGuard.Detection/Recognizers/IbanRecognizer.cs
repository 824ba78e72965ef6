using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// IBANs of every IBAN country, written compact or grouped (spaces, dots or dashes), validated by
/// the country's length and structure, mod 97 and, for FR/MC, the RIB key.
/// </summary>
public sealed partial class IbanRecognizer : IRecognizer
{
    public string Name => "iban";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Iban];

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}[ .\-]?\d{2}[ .\-]?[0-9A-Za-z]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Start();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Start().Matches(text))
        {
            if (TryRead(text, m.Index, out int end, out string compact) && Iban.IsValid(compact))
            {
                yield return new Finding(Detection.Categories.Iban, m.Index, end, Confidence.High, Name, ["mod97"],
                    "Coordonnées bancaires (IBAN dont la clé de contrôle est valide) : elles permettent d'opérer sur le compte d'une personne.");
            }
        }
    }

    /// <summary>Reads exactly the country's IBAN length of alphanumerics, allowing one separator between them.</summary>
    private static bool TryRead(string text, int start, out int end, out string compact)
    {
        end = start;
        compact = "";
        int length = Iban.LengthOf(text.AsSpan(start, 2));
        if (length == 0) return false;
        Span<char> buffer = stackalloc char[34];
        int n = 0, i = start;
        while (i < text.Length && n < length)
        {
            char c = text[i];
            if (char.IsAsciiLetterOrDigit(c)) { buffer[n++] = char.ToUpperInvariant(c); i++; }
            else if (c is ' ' or '.' or '-' && n > 0 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1])) i++;
            else break;
        }
        if (n != length) return false;
        if (i < text.Length && char.IsAsciiLetterOrDigit(text[i])) return false;
        end = i;
        compact = new string(buffer[..n]);
        return true;
    }
}
