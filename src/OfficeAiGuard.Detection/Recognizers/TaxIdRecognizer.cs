using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Numéro fiscal (SPI), 13 digits with its mod-511 key, and the reference of a tax notice after its label. Like Purview, a phone keyword nearby and
/// no tax keyword lowers the confidence.
/// </summary>
public sealed partial class TaxIdRecognizer : IRecognizer
{
    public string Name => "fr-tax-number";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.TaxId];

    [GeneratedRegex(@"(?<![\w.,])[0-3]\d(?:[ .]?\d){11}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)fiscal|\bSPI\b|imp[ôo]t|imposition|\bavis\b|\bNIF\b|contribuable|\bDGFiP\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"(?i)t[ée]l[ée]phone|\bt[ée]l\b|portable|mobile|joignable", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneKeywords();

    /// <summary>The reference of a tax notice: 13 letters and digits (mostly digits), after its label.</summary>
    // Starts on "avis" (searched as a whole string, much rarer than an "r") and looks behind for "référence de l'".
    [GeneratedRegex(@"(?i)avis(?<=r[ée]f[ée]rence (?:de l['’]|d['’]|de votre |de son |de leur )avis)(?: d['’]imp[ôo]t(?: sur le revenu)?| d['’]imposition| fiscal)?\s*(?:n°|:)?\s*(?<value>\d{2}(?:[ .]?[0-9A-Z]){11})(?![\w])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoticeReference();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in NoticeReference().Matches(text))
        {
            var value = m.Groups["value"];
            if (Compact.CountDigits(value.ValueSpan) < 10) continue;
            yield return new Finding(Detection.Categories.TaxId, value.Index, value.Index + value.Length, Confidence.High, Name,
                ["référence de l'avis d'impôt"],
                "Référence d'avis d'impôt : avec le numéro fiscal, elle donne accès à la situation fiscale d'une personne.");
        }
        foreach (Match m in Pattern().Matches(text))
        {
            if (!TaxNumber.IsValid(Compact.Strip(m.ValueSpan))) continue;
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 80);
            Confidence confidence = keyword is not null ? Confidence.High
                : ContextWindow.FindBefore(PhoneKeywords(), text, m.Index, 60) is null ? Confidence.Medium : Confidence.Low;
            yield return new Finding(Detection.Categories.TaxId, m.Index, m.Index + m.Length, confidence, Name,
                keyword is null ? ["clé SPI valide"] : ["clé SPI valide", keyword],
                "Numéro fiscal (SPI) dont la clé est valide : il donne accès à la situation fiscale d'une personne.");
        }
    }
}
