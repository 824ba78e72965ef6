using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// CAF / MSA allocataire numbers (7 digits) and France Travail identifiers (7 digits and a letter,
/// or 8 characters): no checksum, scored by a benefit keyword shortly before the number, or named right
/// after it in brackets ("1234567 (n° CAF)"). Counts, amounts and the numbers of conventions are not identifiers.
/// </summary>
public sealed partial class SocialBenefitIdRecognizer : IRecognizer
{
    public string Name => "fr-social-benefit-id";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.SocialBenefitId];

    // A comma may stand before the number in a CSV row ("Leroy,Anne,1234567"), not after a digit ("12,1234567").
    [GeneratedRegex(@"(?<![\w\-/.]|\d,)(?:\d{7}[A-Za-z]?|\d{8}|\d{3} ?\d{4})(?![\w\-/])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    // "FT" only in capitals, or glued to "identifiant" ("identifiant_ft", a CSV column).
    [GeneratedRegex(@"(?i)\G(?:allocataire|alloc\.|CAF\b|MSA\b|France Travail|P[ôo]le emploi|ex-P[ôo]le emploi|demandeur d['’]emploi|identifiant[ _](?:FT|PE)\b|(?-i:FT)(?![\w\-]))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    /// <summary>The benefit named in brackets right after the number: "1234567 (CAF)", "1234567 (n° allocataire)".</summary>
    [GeneratedRegex(@"^[ \t]*\([ \t]*(?:(?:n°|num[ée]ro|r[ée]f\.?)[ \t]*(?:d['’]|de[ \t]+)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GapBefore();

    /// <summary>What the number counts or pays: "1234567 allocataires", "1234567 €", "1234567 visites".</summary>
    [GeneratedRegex(@"^\s*(?:€|EUR\b|k€|M€|(?i:euros?|allocataires|b[ée]n[ée]ficiaires|demandeurs|foyers|familles|m[ée]nages|personnes|habitants|visites|dossiers|inscrits|usagers|appels|contacts|passages|contrats))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountAfter();

    /// <summary>A reference word shortly before the number ("convention 2024 n° 1234567"), or an amount word right before it ("montant versé : 1234567").</summary>
    [GeneratedRegex(@"(?i)\b(?:convention|d[ée]lib[ée]ration|arr[êe]t[ée]|march[ée]|facture|subvention|contrat|courrier|bordereau|mandat|titre|SIRE[NT]|t[ée]l[ée]phone|t[ée]l\.)\b"
        + @"|(?i)\b(?:budget|montant|vers[ée]e?s?|total|dotation|enveloppe|soit)(?:[ \t]+[\p{L}']+){0,2}[\s:]*(?:de[\s:]+)?$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceBefore();

    private static readonly KeywordWindowSearch Search = new(TriggerWords.SocialBenefit, Keywords(), Pattern(), 50)
    {
        GapBefore = GapBefore(), WindowBefore = 20,
    };

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var (start, length, keyword) in Search.Find(context))
        {
            // A euro amount, a count or a year range is not an identifier.
            if (CountAfter().IsMatch(ContextWindow.After(text, start + length, 16))) continue;
            if (ReferenceBefore().IsMatch(ContextWindow.Before(text, start, 24))) continue;
            yield return new Finding(Detection.Categories.SocialBenefitId, start, start + length, Confidence.Medium, Name, [keyword],
                "Identifiant d'allocataire ou de demandeur d'emploi : il révèle une prestation sociale et identifie la personne.");
        }
    }
}
