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

    // Spaced forms too: "8806 9231 0285", "880 692 310 285", "19-AB-12345", "75 0301 2345", "75 12 34 56 78" (not "06 12 …": a phone).
    [GeneratedRegex(@"(?<![\w\-/])(?:\d{2}[ \-]?[A-Z]{2}[ \-]?\d{5}|[A-Z]{1,2}\d{6,7}|\d{12}|\d{10}|\d{9}|\d{4} ?\d{4} ?\d{4}|\d{3} \d{3} \d{3} \d{3}"
        + @"|\d{2} \d{4} \d{4}|\d{3} \d{3} \d{4}|[1-9]\d(?: \d{2}){4}|(?=[A-Z0-9]{9}(?![\w\-/]))(?=[A-Z0-9]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{9})(?![\w\-/])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    // Abbreviations (C.N.I., passep.), the documents of foreigners (carte de résident, APS, DCEM, TIR, récépissé), not the
    // planning permits ("permis de construire", "permis d'aménager": a file number follows them).
    [GeneratedRegex(@"(?i)\G(?:passeport|passep\.|passport|identity card|\bID card|driving licen[cs]e|residence (?:permit|card)|\bCNI\b|C\.N\.I\.?|carte (?:nationale )?d['’]identit[ée]|pi[èe]ce(?: d['’]|[ _])identit[ée]"
        + @"|permis(?! de (?:construire|d[ée]molir|lotir|chasser|d[ée]tention|stationnement|louer|v[ée]g[ée]taliser)| d['’](?:am[ée]nager|inhumer|exploitation|exploiter)| modificatif)(?: de conduire)?"
        + @"|titre (?:de )?s[ée]jour|carte (?:de )?s[ée]jour|carte de r[ée]sident|r[ée]c[ée]piss[ée]|\bNEPH\b|AGDREF\b|\bAPS\b|\bDCEM\b|circulation(?<=document de circulation)|titre d['’]identit[ée] r[ée]publicain"
        + @"|(?<=(?:num[ée]ro|n°) (?:d['’]|de )?(?:ressortissant )?)[ée]tranger\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    /// <summary>The number printed on a Carte Vitale (up to 21 digits, usually grouped): after the card's name only.</summary>
    [GeneratedRegex(@"(?<![\w.,])\d(?:[ .]?\d){19,20}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VitaleNumber();

    [GeneratedRegex(@"(?i)\Gcarte vitale", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VitaleKeyword();

    private static readonly KeywordWindowSearch VitaleSearch = new(TriggerWords.IdDocument, VitaleKeyword(), VitaleNumber(), 40);

    /// <summary>Between a number and the document named after it: "19AB12345 (passeport)", "880692310285 de sa carte d'identité".</summary>
    [GeneratedRegex(@"^[ \t]*(?:\([ \t]*(?:(?:n°|num[ée]ro)[ \t]*(?:de[ \t]+|d['’])?)?|[-–—][ \t]*|(?:de|du)[ \t]+(?:sa|son|leur|la|le)?[ \t]*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GapBefore();

    /// <summary>A number label at a line start: "N° :", "Numéro :", "N° de la pièce :".</summary>
    [GeneratedRegex(@"\G[ \t]*(?:N°|N[o°º]\.?|Num[ée]ro|Num\.)[ \t]*(?:(?:de[ \t]+la[ \t]+pi[èe]ce|du[ \t]+(?:titre|document|permis|passeport))[ \t]*)?:?[ \t]*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextLineLabel();

    private static readonly KeywordWindowSearch Search = new(TriggerWords.IdDocument, Keywords(), Pattern(), 60)
    {
        GapBefore = GapBefore(), WindowBefore = 40, NextLineLabel = NextLineLabel(),
    };

    private static bool IsForeignerKeyword(string keyword) =>
        keyword.Equals("AGDREF", StringComparison.OrdinalIgnoreCase) || keyword.EndsWith("tranger", StringComparison.OrdinalIgnoreCase);

    private static bool IsResidenceKeyword(string keyword) => IsForeignerKeyword(keyword)
        || keyword.Contains("séjour", StringComparison.OrdinalIgnoreCase) || keyword.Contains("sejour", StringComparison.OrdinalIgnoreCase)
        || keyword.StartsWith("residence", StringComparison.OrdinalIgnoreCase) || keyword.Contains("sident", StringComparison.OrdinalIgnoreCase)
        || keyword.Contains("pissé", StringComparison.OrdinalIgnoreCase) || keyword.Contains("pisse", StringComparison.OrdinalIgnoreCase)
        || keyword.Equals("APS", StringComparison.OrdinalIgnoreCase) || keyword.Equals("DCEM", StringComparison.OrdinalIgnoreCase)
        || keyword.StartsWith("circulation", StringComparison.OrdinalIgnoreCase) || keyword.Contains("publicain", StringComparison.OrdinalIgnoreCase);

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
            // Lengths and shapes are read without the spaces and dashes of a grouped number.
            string value = Compact.Strip(text.AsSpan(start, length));
            int valueLength = value.Length;
            bool passportShape = valueLength == 9 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiLetter(value[2]);
            bool keywordIsPassport = keyword.StartsWith("passep", StringComparison.OrdinalIgnoreCase)
                || keyword.StartsWith("passport", StringComparison.OrdinalIgnoreCase);
            if (valueLength == 10 && !IsResidenceKeyword(keyword)) continue;
            // Nine digits are also references and file numbers: a foreign passport only, its keyword right before ("passport (number 539284671)").
            if (valueLength == 9 && !value.AsSpan().ContainsAnyExceptInRange('0', '9')
                && (!keywordIsPassport || !NearBefore(text, start, 24))) continue;
            // Foreign passports (one or two letters, six or seven digits: "FX486213"): after "passeport" only.
            bool foreignPassportShape = valueLength is 7 or 8 && char.IsAsciiLetter(value[0]);
            if (foreignPassportShape && !keywordIsPassport) continue;
            // The foreigner's number (AGDREF) is the 10 digits of a residence permit, nothing else.
            if (IsForeignerKeyword(keyword) && valueLength != 10) continue;
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
