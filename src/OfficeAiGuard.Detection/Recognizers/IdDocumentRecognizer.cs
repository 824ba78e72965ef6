using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Identity documents: passport (2 digits, 2 letters, 5 digits, possibly spaced; foreign: 1–2 letters and 6–7 digits), identity card (12 digits, or 9
/// letters and digits since 2021), driving licence (12 digits), residence permit and foreigner's AGDREF number (10 digits). None
/// has a checksum outside the MRZ, so a document keyword must stand close before the number.
/// </summary>
public sealed partial class IdDocumentRecognizer : IRecognizer
{
    public string Name => "fr-id-document";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.IdDocument, Detection.Categories.Nir];

    [GeneratedRegex(@"(?<![\w\-/])(?:\d{2} ?[A-Z]{2} ?\d{5}|[A-Z]{1,2}\d{6,7}|\d{12}|\d{10}|\d{9}|\d{4} ?\d{4} ?\d{4}|(?=[A-Z0-9]{9}(?![\w\-/]))(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{9})(?![\w\-/])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)\G(?:passeport|passport|identity card|\bID card|driving licen[cs]e|residence (?:permit|card)|\bCNI\b|carte (?:nationale )?d['’]identit[ée]|pi[èe]ce d['’]identit[ée]|permis(?: de conduire)?|titre de s[ée]jour|carte de s[ée]jour|carte de r[ée]sident|r[ée]c[ée]piss[ée]|\bNEPH\b|AGDREF\b|(?<=(?:num[ée]ro|n°) (?:d['’])?)[ée]tranger\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    /// <summary>The number printed on a Carte Vitale (up to 21 digits, usually grouped): after the card's name only.</summary>
    [GeneratedRegex(@"(?<![\w.,])\d(?:[ .]?\d){19,20}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VitaleNumber();

    [GeneratedRegex(@"(?i)\Gcarte vitale", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VitaleKeyword();

    private static readonly KeywordWindowSearch VitaleSearch = new(TriggerWords.IdDocument, VitaleKeyword(), VitaleNumber(), 40);

    private static readonly KeywordWindowSearch Search = new(TriggerWords.IdDocument, Keywords(), Pattern(), 60);

    private static bool IsForeignerKeyword(string keyword) =>
        keyword.Equals("AGDREF", StringComparison.OrdinalIgnoreCase) || keyword.EndsWith("tranger", StringComparison.OrdinalIgnoreCase);

    private static bool IsResidenceKeyword(string keyword) => IsForeignerKeyword(keyword)
        || keyword.Contains("séjour", StringComparison.OrdinalIgnoreCase) || keyword.Contains("sejour", StringComparison.OrdinalIgnoreCase)
        || keyword.StartsWith("residence", StringComparison.OrdinalIgnoreCase);

    private static bool NearBefore(string text, int start, int chars)
    {
        var window = text.AsSpan(Math.Max(0, start - chars), Math.Min(chars, start));
        return window.Contains("passport", StringComparison.OrdinalIgnoreCase) || window.Contains("passeport", StringComparison.OrdinalIgnoreCase);
    }

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var (start, length, keyword) in Search.Find(context))
        {
            var value = text.AsSpan(start, length);
            bool passportShape = length is >= 9 and <= 11 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1])
                && char.IsAsciiLetter(value[value[2] == ' ' ? 3 : 2]);
            bool keywordIsPassport = keyword.StartsWith("passeport", StringComparison.OrdinalIgnoreCase)
                || keyword.StartsWith("passport", StringComparison.OrdinalIgnoreCase);
            if (length == 10 && !IsResidenceKeyword(keyword)) continue;
            // Nine digits are also references and file numbers: a foreign passport only, its keyword right before ("passport (number 539284671)").
            if (length == 9 && !value.ContainsAnyExceptInRange('0', '9')
                && (!keywordIsPassport || !NearBefore(text, start, 24))) continue;
            // Foreign passports (one or two letters, six or seven digits: "FX486213"): after "passeport" only.
            bool foreignPassportShape = length is 7 or 8 && char.IsAsciiLetter(value[0]);
            if (foreignPassportShape && !keywordIsPassport) continue;
            // The foreigner's number (AGDREF) is the 10 digits of a residence permit, nothing else.
            if (IsForeignerKeyword(keyword) && length != 10) continue;
            var confidence = (passportShape || foreignPassportShape) == keywordIsPassport ? Confidence.High : Confidence.Medium;
            yield return new Finding(Detection.Categories.IdDocument, start, start + length, confidence, Name, [keyword],
                $"Numéro de pièce d'identité ({keyword.ToLowerInvariant()}) : il permet l'usurpation d'identité.");
        }
        // The 20 or 21 digits of a Carte Vitale; a bare 15-character NIR after it is the NIR recognizer's.
        foreach (var (start, length, keyword) in VitaleSearch.Find(context))
        {
            string digits = Compact.Strip(text.AsSpan(start, length));
            bool startsWithNir = Validation.Nir.IsValid(digits[..15]);
            yield return new Finding(startsWithNir ? Detection.Categories.Nir : Detection.Categories.IdDocument, start, start + length,
                Confidence.High, Name, [keyword],
                "Numéro de carte Vitale : il identifie l'assuré social, à ne jamais transmettre à un outil d'IA.");
        }
    }
}
