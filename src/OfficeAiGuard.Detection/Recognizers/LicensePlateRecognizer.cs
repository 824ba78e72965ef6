using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// French registration plates, SIV format (AB-123-CD, no I, O or U, SS forbidden). With dashes the
/// shape is enough; with spaces or none a vehicle keyword must be near.
/// </summary>
public sealed partial class LicensePlateRecognizer : IRecognizer
{
    public string Name => "fr-license-plate";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.LicensePlate];

    [GeneratedRegex(@"(?<![\w\-])(?!SS)[A-HJ-NP-TV-Z]{2}(?<sep>[\- ]?)\d{3}\k<sep>(?!SS)[A-HJ-NP-TV-Z]{2}(?![\w\-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)immatricul|v[ée]hicule|plaque|voiture|camion|fourgon|moto|scooter|carte grise|\bSIV\b|stationn|Renault|Peugeot|Citro[ëe]n",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Pattern().Matches(text))
        {
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 80);
            bool dashed = m.Groups["sep"].Value == "-";
            if (keyword is null && !dashed) continue;
            yield return new Finding(Detection.Categories.LicensePlate, m.Index, m.Index + m.Length,
                keyword is null ? Confidence.Medium : Confidence.High, Name, keyword is null ? ["format SIV"] : ["format SIV", keyword],
                "Plaque d'immatriculation : elle permet de retrouver le titulaire du véhicule.");
        }
    }
}
