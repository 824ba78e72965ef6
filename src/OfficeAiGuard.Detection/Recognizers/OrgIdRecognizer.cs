using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// SIRET (14 digits) and SIREN (9 digits, only with a keyword): organisations, reported as
/// <c>ORG_ID</c> for information so that no other recognizer claims them as personal data.
/// </summary>
public sealed partial class OrgIdRecognizer : IRecognizer
{
    public string Name => "fr-siren-siret";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.OrgId];

    [GeneratedRegex(@"(?<![\w.,])\d(?:[ .]?\d){13}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Siret();

    [GeneratedRegex(@"(?<![\w.,])\d(?:[ .]?\d){8}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Siren();

    [GeneratedRegex(@"(?i)\G(?:SIRE[NT]\b|RCS\b|TVA\b|entreprise|soci[ée]t[ée]|association|[ée]tablissement)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Siret().Matches(text))
        {
            if (Validation.Siren.IsValidSiret(Compact.Strip(m.ValueSpan)))
                yield return Make(m.Index, m.Index + m.Length, "SIRET", KeywordBefore(text, m.Index));
        }
        foreach (var (start, length, keyword) in SirenSearch.Find(context))
        {
            if (Validation.Siren.IsValidSiren(Compact.Strip(text.AsSpan(start, length))))
                yield return Make(start, start + length, "SIREN", keyword);
        }
    }

    /// <summary>A bare SIREN (9 digits, Luhn passes 1 time in 10) counts only shortly after an organisation keyword.</summary>
    private static readonly KeywordWindowSearch SirenSearch = new(TriggerWords.Organisation, Keywords(), Siren(), 60);

    private static string? KeywordBefore(string text, int index)
    {
        var window = ContextWindow.Before(text, index, 60);
        int at = window.LastIndexOf("SIRE", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? window.Slice(at, Math.Min(5, window.Length - at)).ToString() : null;
    }

    private Finding Make(int start, int end, string scheme, string? keyword) =>
        new(Detection.Categories.OrgId, start, end, keyword is null ? Confidence.Medium : Confidence.High, Name,
            keyword is null ? [scheme] : [scheme, keyword],
            $"Identifiant d'organisation ({scheme}) : ce n'est pas une donnée personnelle, sauf pour un entrepreneur individuel.");
}
