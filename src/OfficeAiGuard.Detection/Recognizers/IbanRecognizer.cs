using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>IBANs, validated by the ISO 13616 mod-97 check.</summary>
public sealed partial class IbanRecognizer : IRecognizer
{
    public string Name => "iban";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Iban];

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:[ ]?[0-9A-Z]{4}){2,7}(?:[ ]?[0-9A-Z]{1,3})?\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            string compact = m.Value.Replace(" ", "");
            if (!Iban.IsValid(compact)) continue;
            yield return new Finding(Detection.Categories.Iban, m.Index, m.Index + m.Length, Confidence.High, Name, ["mod97"],
                "Coordonnées bancaires (IBAN dont la clé de contrôle est valide).");
        }
    }
}
