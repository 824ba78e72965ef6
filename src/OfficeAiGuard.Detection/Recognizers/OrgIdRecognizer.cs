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

    [GeneratedRegex(@"(?i)\bSIRE[NT]\b|\bRCS\b|\bTVA\b|entreprise|soci[ée]t[ée]|association|[ée]tablissement", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Siret().Matches(text))
        {
            if (Validation.Siren.IsValidSiret(Compact.Strip(m.ValueSpan)))
                yield return Make(m.Index, m.Index + m.Length, "SIRET", ContextWindow.FindBefore(Keywords(), text, m.Index, 60));
        }
        foreach (Match m in Siren().Matches(text))
        {
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 60);
            if (keyword is not null && Validation.Siren.IsValidSiren(Compact.Strip(m.ValueSpan)))
                yield return Make(m.Index, m.Index + m.Length, "SIREN", keyword);
        }
    }

    private Finding Make(int start, int end, string scheme, string? keyword) =>
        new(Detection.Categories.OrgId, start, end, keyword is null ? Confidence.Medium : Confidence.High, Name,
            keyword is null ? [scheme] : [scheme, keyword],
            $"Identifiant d'organisation ({scheme}) : ce n'est pas une donnée personnelle, sauf pour un entrepreneur individuel.");
}
