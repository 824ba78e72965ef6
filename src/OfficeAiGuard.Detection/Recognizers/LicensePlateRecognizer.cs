using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// French registration plates, SIV format (AB-123-CD, no I, O or U, SS forbidden). With dashes the
/// shape is enough; with spaces or none a vehicle keyword must be near. Plates of the older FNI
/// format (1 to 4 digits, 1 to 3 letters, the département: "123 ABC 75", "4567-XY-2A", still on
/// cars registered before 2009) only count shortly after a vehicle keyword.
/// </summary>
public sealed partial class LicensePlateRecognizer : IRecognizer
{
    public string Name => "fr-license-plate";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.LicensePlate];

    // Anchored (\G): tried only where the three digits of a plate stand, found through the shared
    // words, after two capitals (and a dash or a space) right before them.
    [GeneratedRegex(@"\G(?<![\w\-])(?!SS)[A-HJ-NP-TV-Z]{2}(?<sep>[\- ]?)\d{3}\k<sep>(?!SS)[A-HJ-NP-TV-Z]{2}(?![\w\-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)immatricul|v[ée]hicule|plaque|voiture|camion|fourgon|moto|scooter|carte grise|\bSIV\b|stationn|Renault|Peugeot|Citro[ëe]n",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    [GeneratedRegex(@"(?<![\w\-])\d{1,4}(?<sep>[\- ]?)[A-HJ-NP-Z]{1,3}\k<sep>(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])(?![\w\-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FniPattern();

    [GeneratedRegex(@"(?i)\G(?:immatricul\w*|v[ée]hicule|plaque|voiture|camion|fourgon|moto|scooter|carte grise|stationn\w*)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnchoredKeyword();

    private static readonly KeywordWindowSearch FniSearch = new(TriggerWords.Vehicle, AnchoredKeyword(), FniPattern(), 60);

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var (start, length, keyword) in FniSearch.Find(context))
        {
            yield return new Finding(Detection.Categories.LicensePlate, start, start + length, Confidence.High, Name,
                ["format FNI", keyword], "Plaque d'immatriculation : elle permet de retrouver le titulaire du véhicule.");
        }
        foreach (var w in ThreeDigitNumbers(context.Words))
        {
            bool joined = char.IsAsciiLetterUpper(text[w.Start - 1]) && char.IsAsciiLetterUpper(text[w.Start - 2]);
            bool separated = w.Start >= 3 && text[w.Start - 1] is '-' or ' '
                && char.IsAsciiLetterUpper(text[w.Start - 2]) && char.IsAsciiLetterUpper(text[w.Start - 3]);
            if (!joined && !separated) continue;
            var m = joined ? Pattern().Match(text, w.Start - 2) : Match.Empty;
            if (!m.Success && separated) m = Pattern().Match(text, w.Start - 3);
            if (!m.Success) continue;
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 80);
            bool dashed = m.Groups["sep"].Value == "-";
            if (keyword is null && !dashed) continue;
            yield return new Finding(Detection.Categories.LicensePlate, m.Index, m.Index + m.Length,
                keyword is null ? Confidence.Medium : Confidence.High, Name, keyword is null ? ["format SIV"] : ["format SIV", keyword],
                "Plaque d'immatriculation : elle permet de retrouver le titulaire du véhicule.");
        }
    }

    /// <summary>The three-digit numbers not at the text's start (a plain loop over all the words, outside the iterator).</summary>
    private static List<WordToken> ThreeDigitNumbers(PooledList<WordToken> words)
    {
        var found = new List<WordToken>();
        foreach (var w in words.AsSpan())
            if (w.Shape == WordShape.Number && w.Length == 3 && w.Start >= 2) found.Add(w);
        return found;
    }
}
