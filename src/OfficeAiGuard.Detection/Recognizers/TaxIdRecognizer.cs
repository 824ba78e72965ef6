using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Numéro fiscal (SPI), 13 digits with its mod-511 key. Like Purview, a phone keyword nearby and
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

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
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
