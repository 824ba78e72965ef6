using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// French RIB written without its IBAN prefix (banque 5 · guichet 5 · compte 11 · clé 2), validated
/// by the RIB key. Reported as <c>IBAN</c>: the same bank account.
/// </summary>
public sealed partial class RibRecognizer : IRecognizer
{
    public string Name => "fr-rib";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Iban];

    // Anchored (\G): tried only at the number words a RIB can start with (see Analyze).
    [GeneratedRegex(@"\G(?<![\w\-])\d{5}[ .\-]?\d{5}[ .\-]?[0-9A-Z]{11}[ .\-]?\d{2}(?![\w\-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var w in context.Words)
        {
            // A RIB starts with its 5-digit bank code, alone ("30004 00003 …"), joined to the branch code
            // ("3000400003 …", "30004.00003 …") or to the whole RIB: far fewer words than digit runs in a text.
            if (!char.IsAsciiDigit(text[w.Start]) || w.Length is not (5 or >= 10)) continue;
            var m = Pattern().Match(text, w.Start);
            if (!m.Success) continue;
            if (!Rib.IsValid(Compact.Strip(m.ValueSpan))) continue;
            yield return new Finding(Detection.Categories.Iban, m.Index, m.Index + m.Length, Confidence.High, Name, ["clé RIB valide"],
                "Relevé d'identité bancaire (RIB dont la clé est valide) : il permet d'opérer sur le compte d'une personne.");
        }
    }
}
