using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Phone numbers: French 0X XX XX XX XX, +33 / 0033 / (+33) (with or without "(0)"), overseas and
/// Monaco codes, with space, dot, dash or slash separators; other groupings ("06 12 345 678",
/// "0 6 1 2 …") after a phone word; international numbers with their "+" code ("+41 22 123 45 67").
/// A number right after a reference word ("Facture n° 0612345678", "dossier 0450123456") or before an
/// amount is a reference, not a phone, unless a phone word is there too.
/// </summary>
public sealed partial class FrenchPhoneRecognizer : IRecognizer
{
    public string Name => "fr-phone";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Phone];

    private const string Explanation = "Numéro de téléphone : il permet de joindre et d'identifier une personne.";

    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)(?:33|262|590|594|596|269|508|687|689)\)?[ .\-]?(?:\(0\)[ .\-]?)?[1-9]|0[1-9])(?:[ .\-/–]?\d{2}){4}(?![\w])"
        + @"|(?<![\w+])(?:\+|00)377[ .\-]?\d{2}(?:[ .\-]?\d{2}){3}(?![\w])"
        // Other groupings of a French number; kept only after a phone word.
        + @"|(?<![\w+])0[ .\-/–]?[1-9](?:[ .\-/–]?\d){8}(?![\w])"
        // Another country's number: + (or 00) and its code, 8 to 14 more digits.
        + @"|(?<![\w+])(?:\+|00\s?)[1-9]\d{0,2}(?:[ .\-]?\(0\))?(?:[ .\-]?\d{1,4}){2,6}(?![\w])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>A number cut by a line break between two pairs ("06 12 34\n56 78", a pasted form): tried only around line breaks.</summary>
    [GeneratedRegex(@"(?<![\w+])(?:(?:\+|00)33[ .\-]?(?:\(0\)[ .\-]?)?[1-9]|0[1-9])(?:(?:[ .\-]|[ \t]*\r?\n[ \t]*)?\d{2}){4}(?![\w])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SplitPattern();

    [GeneratedRegex(@"(?i)t[ée]l|phone|portable|mobile|\bfixe|joindre|joignable|appel|rappel|contact|\bsms\b|whatsapp|\bfax\b|standard|ligne|\bgsm\b|\bport\.",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhoneWords();

    /// <summary>Words right before a number that make it a reference: "Facture 0612…", "dossier n° …", "Réf. : …", "SIRET …".</summary>
    private static readonly Lexicons.WordSet ReferenceWords = new([
        "facture", "dossier", "commande", "contrat", "mandat", "ticket", "bon", "avis", "siret", "siren", "matricule", "identifiant",
        "client", "abonné", "abonne", "compte", "quittance", "titre", "police", "référence", "reference", "réf", "ref", "lot", "marché",
        "marche", "courrier", "pièce", "piece", "colis", "suivi", "déclaration", "declaration", "demande", "requête", "requete", "affaire",
        "numéro", "numero", "no", "num", "n°", "nº", "convention", "arrêté", "arrete", "délibération", "deliberation", "opération",
        "operation", "transaction", "virement", "chèque", "cheque", "prélèvement", "prelevement", "série", "serie", "ordre",
    ]);

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        var found = new List<Finding>();
        // EnumerateMatches: no Match or Group objects; the kind of number is read from the value itself.
        foreach (var m in Pattern().EnumerateMatches(text))
        {
            int start = m.Index, end = m.Index + m.Length;
            var value = text.AsSpan(start, m.Length);
            bool prefixed = value[0] == '+' || value.StartsWith("00");
            if (prefixed && !HasFrenchCode(value) && !IsInternational(value)) continue;
            // The phone words are looked for only where they decide (a regex over the window costs more than the match).
            // After a bare "n°" / "numéro" ("au n° 06 12 34 56 78", "Son numéro : …"), a number grouped in pairs is a phone;
            // glued ("n° 0612345678") or after a reference noun ("Facture n° 06 12…") it may be a reference.
            var reference = IsReference(text, start);
            bool weakReference = reference == Reference.Generic && Grouped(value) && PairedDigits(value);
            bool needsPhoneWord = (!prefixed && !PairedDigits(value)) || (reference != Reference.None && !weakReference) || AmountAfter(text, end);
            if (needsPhoneWord && !PhoneWordNear(text, start, end)) continue;
            // "(+33) 6 12…": the opening bracket of the country code belongs to the number.
            if (start > 0 && text[start - 1] == '(' && value.IndexOf(')') is > 0 and < 5) start--;
            found.Add(new Finding(Detection.Categories.Phone, start, end, Confidence.Medium, Name, [], Explanation));
        }
        // Numbers cut by a line break after a phone word: a digit pair on both sides of the break (one vectorised search for the breaks).
        for (int nl = text.IndexOf('\n'); nl >= 0; nl = text.IndexOf('\n', nl + 1))
        {
            int before = nl > 0 && text[nl - 1] == '\r' ? nl - 1 : nl;
            if (before < 2 || nl + 2 >= text.Length || !char.IsAsciiDigit(text[before - 1]) || !char.IsAsciiDigit(text[before - 2])
                || !char.IsAsciiDigit(text[nl + 1]) || !char.IsAsciiDigit(text[nl + 2])) continue;
            int from = Math.Max(0, before - 16);
            foreach (var m in SplitPattern().EnumerateMatches(text.AsSpan(from, Math.Min(text.Length, nl + 16) - from)))
            {
                int start = from + m.Index, end = start + m.Length;
                if (start >= nl || end <= nl || (from > 0 && m.Index == 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] == '+'))) continue;
                if (!PhoneWordNear(text, start, end)) continue;
                int at = found.FindIndex(f => f.Start > start);
                found.Insert(at < 0 ? found.Count : at, new Finding(Detection.Categories.Phone, start, end, Confidence.Medium, Name, [], Explanation));
            }
        }
        return found;
    }

    private static readonly string[] FrenchCodes = ["33", "262", "590", "594", "596", "269", "508", "687", "689", "377"];

    /// <summary>+33, 0033, overseas and Monaco codes.</summary>
    private static bool HasFrenchCode(ReadOnlySpan<char> value)
    {
        var digits = value.TrimStart('+');
        if (value[0] != '+') digits = digits[2..].TrimStart(' ');
        foreach (var code in FrenchCodes)
            if (digits.StartsWith(code)) return true;
        return false;
    }

    /// <summary>"06 12 34 56 78", "0612345678": separators only between pairs of digits (other groupings need a phone word).</summary>
    private static bool PairedDigits(ReadOnlySpan<char> value)
    {
        int digits = 0;
        foreach (char c in value)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (digits % 2 != 0) return false;
        }
        return true;
    }

    /// <summary>A phone word before the number on its line (40 characters) or in a note right after it ("(portable)", "– fixe").</summary>
    private static bool PhoneWordNear(string text, int start, int end)
    {
        int from = Math.Max(0, start - 40);
        int nl = text.LastIndexOf('\n', start - 1 < 0 ? 0 : start - 1, start - from);
        if (nl >= 0) from = nl + 1;
        if (PhoneWords().IsMatch(text.AsSpan(from, start - from))) return true;
        var after = text.AsSpan(end, Math.Min(20, text.Length - end)).TrimStart(' ');
        if (after.IsEmpty || after[0] is not ('(' or '-' or '–' or '/')) return false;
        int eol = after.IndexOf('\n');
        return PhoneWords().IsMatch(eol >= 0 ? after[..eol] : after);
    }

    private enum Reference { None, Generic, Specific }

    /// <summary>Words that only say "number": a reference only with a reference noun before them ("facture n°").</summary>
    private static bool IsGenericNumberWord(ReadOnlySpan<char> w) => w is "n°" or "N°" or "nº" or "Nº" or "no" or "No" or "num" or "Num" or "numéro"
        or "Numéro" or "numero" or "Numero" or "NUMÉRO" or "NUMERO";

    /// <summary>
    /// A reference word right before the number (<see cref="Reference.Specific"/>), or only "n°" / "numéro" without a reference
    /// noun before it (<see cref="Reference.Generic"/>: "au n° …", "Son numéro : …").
    /// </summary>
    private static Reference IsReference(string text, int start)
    {
        int p = start;
        bool generic = false;
        for (int word = 0; word < 3; word++)
        {
            while (p > 0 && text[p - 1] is ' ' or ':' or '#' or '.' or '\t') p--;
            int end = p;
            while (p > 0 && (char.IsLetter(text[p - 1]) || text[p - 1] is '°' or 'º')) p--;
            if (end == p) return generic ? Reference.Generic : Reference.None;
            var w = text.AsSpan(p, end - p);
            if (IsGenericNumberWord(w))
            {
                if (generic) return Reference.Generic;
                generic = true;
                continue;
            }
            if (ReferenceWords.Has(w)) return Reference.Specific;
            // "de dossier", "client n°": one more word back.
            if (w is not ("de" or "du")) return generic ? Reference.Generic : Reference.None;
        }
        return generic ? Reference.Generic : Reference.None;
    }

    /// <summary>Separators between the digits ("06 12 34 56 78", "06.12.34.56.78"), not one run of ten digits.</summary>
    private static bool Grouped(ReadOnlySpan<char> value) => value.ContainsAnyExcept("0123456789");

    /// <summary>"0612345678 €", "0612345678 euros": an amount.</summary>
    private static bool AmountAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(8, text.Length - end)).TrimStart();
        return rest.StartsWith("€") || rest.StartsWith("euro", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("EUR");
    }

    /// <summary>An international number holds 9 to 15 digits with its country code (E.164).</summary>
    private static bool IsInternational(ReadOnlySpan<char> value)
    {
        int digits = 0;
        foreach (char c in value)
            if (char.IsAsciiDigit(c)) digits++;
        if (value.StartsWith("00")) digits -= 2;
        return digits is >= 9 and <= 15;
    }
}
