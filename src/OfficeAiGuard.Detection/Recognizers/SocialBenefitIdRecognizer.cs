using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// CAF / MSA allocataire numbers (7 digits) and France Travail identifiers (7 digits and a letter,
/// or 8 characters): no checksum, scored by a benefit keyword shortly before the number.
/// </summary>
public sealed partial class SocialBenefitIdRecognizer : IRecognizer
{
    public string Name => "fr-social-benefit-id";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.SocialBenefitId];

    [GeneratedRegex(@"(?<![\w\-/.,])(?:\d{7}[A-Z]?|\d{8}|\d{3} ?\d{4})(?![\w\-/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)\G(?:allocataire|CAF\b|MSA\b|France Travail|P[ôo]le emploi|demandeur d['’]emploi)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    private static readonly KeywordWindowSearch Search = new(TriggerWords.SocialBenefit, Keywords(), Pattern(), 50);

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var (start, length, keyword) in Search.Find(context))
        {
            // A euro amount or a year range is not an identifier.
            var after = ContextWindow.After(text, start + length, 3);
            if (after.TrimStart().StartsWith("€") || after.TrimStart().StartsWith("euro", StringComparison.OrdinalIgnoreCase)) continue;
            yield return new Finding(Detection.Categories.SocialBenefitId, start, start + length, Confidence.Medium, Name, [keyword],
                "Identifiant d'allocataire ou de demandeur d'emploi : il révèle une prestation sociale et identifie la personne.");
        }
    }
}
