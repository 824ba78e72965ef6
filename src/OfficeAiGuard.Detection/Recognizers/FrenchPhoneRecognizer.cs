using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// French phone numbers: 0X XX XX XX XX, +33 / 0033 (with or without "(0)"), overseas and Monaco
/// codes, with space, dot or dash separators.
/// </summary>
public sealed partial class FrenchPhoneRecognizer : IRecognizer
{
    public string Name => "fr-phone";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Phone];

    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)(?:33|262|590|594|596|269|508|687|689)[ .\-]?(?:\(0\)[ .\-]?)?[1-9]|0[1-9])(?:[ .\-]?\d{2}){4}(?![\w])|(?<![\w+])(?:\+|00)377[ .\-]?\d{2}(?:[ .\-]?\d{2}){3}(?![\w])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            yield return new Finding(Detection.Categories.Phone, m.Index, m.Index + m.Length, Confidence.Medium, Name, [],
                "Numéro de téléphone : il permet de joindre et d'identifier une personne.");
        }
    }
}
