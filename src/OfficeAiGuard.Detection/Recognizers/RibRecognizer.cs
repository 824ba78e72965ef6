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

    [GeneratedRegex(@"(?<![\w\-])\d{5}[ .\-]?\d{5}[ .\-]?[0-9A-Z]{11}[ .\-]?\d{2}(?![\w\-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            if (!Rib.IsValid(Compact.Strip(m.ValueSpan))) continue;
            yield return new Finding(Detection.Categories.Iban, m.Index, m.Index + m.Length, Confidence.High, Name, ["clé RIB valide"],
                "Relevé d'identité bancaire (RIB dont la clé est valide) : il permet d'opérer sur le compte d'une personne.");
        }
    }
}
