using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Street addresses: number (bis/ter), street type from the Base Adresse Nationale vocabulary, street
/// name, then optionally building details, postcode and town, or "à Town". Addresses introduced
/// as a public building's (mairie, hôtel de ville, siège…) are institutional, not personal.
/// </summary>
public sealed partial class PostalAddressRecognizer : IRecognizer
{
    public string Name => "fr-postal-address";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.PostalAddress];

    // A street-name word: capitalised, or a day number or a year ("place du 8 Mai 1945"), never
    // the start of the postcode that follows ("15 rue Voltaire 69100 Villeurbanne").
    private const string Word = @"(?:[dlDL]['’])?(?:\p{Lu}|\d{1,2}(?!\d)|(?:1[89]|20)\d\d(?!\d))[\p{L}'’\-]*";
    private const string Particle = @"(?:de|du|des|la|le|les|aux|sur|sous|en|et|d['’]|l['’])";
    private const string Town = @"\p{Lu}[\p{L}'’\-]*(?:\s(?:(?:sur|sous|en|l[èe]s|lez|le|la|les|de|du)\s)?\p{Lu}[\p{L}'’\-]*){0,3}(?:\s+[Cc][Ee][Dd][Ee][Xx](?:\s\d{1,2})?)?";

    [GeneratedRegex(@"\G(?<![\w/.,])\d{1,4}(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s(?:rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage|r[ée]sidence|lotissement|hameau|lieu-dit|faubourg|cit[ée]|voie|sentier|parvis|esplanade|promenade|mont[ée]e|rond-point|villa|domaine|clos|mail|traverse|ruelle|venelle|sq\.)"
        + @"(?:\s(?:" + Particle + @"\s?)*" + Word + @")(?:\s(?:" + Particle + @"\s?)*" + Word + @"){0,4}"
        + @"(?:,?\s(?:b[âa]t(?:iment|\.)?|appartement|appt|apt|escalier|esc\.|porte|[ée]tage)\s[\w\-]+)*"
        + @"(?:,?\s(?:BP|CS)\s?\d+)?"
        + @"(?:,?\s+(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3})\s+" + Town + @"|\s+à\s+" + Town + @")?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>Start of "12", "12 bis", "12, " before a street type, or −1.</summary>
    private static int HouseNumberBefore(string text, int streetType)
    {
        int i = streetType - 1;
        if (i < 0 || text[i] != ' ') return -1;
        i--;
        if (i >= 0 && text[i] == ',') i--;
        // Optional "bis", "ter", "quater" or a letter A–D.
        int wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text.AsSpan(i + 1, wordEnd - i - 1);
        if (word.Length > 0)
        {
            if (word is not ("bis" or "ter" or "quater" or "A" or "B" or "C" or "D")) return -1;
            if (i >= 0 && text[i] == ' ') i--;
        }
        int digitsEnd = i + 1;
        while (i >= 0 && char.IsAsciiDigit(text[i]) && digitsEnd - i <= 4) i--;
        return digitsEnd - (i + 1) is >= 1 and <= 4 ? i + 1 : -1;
    }

    [GeneratedRegex(@"(?i)mairie|h[ôo]tel de ville|si[èe]ge|\bCCAS\b|locaux|r[ée]union|salle|rendez-vous|permanence|service|centre|gymnase|[ée]cole|coll[èe]ge|lyc[ée]e|m[ée]diath[èe]que|biblioth[èe]que|EHPAD|CHRS|chantier|travaux|march[ée]|pr[ée]fecture|tribunal|agence|direction|p[ôo]le|maison",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Institutional();

    [GeneratedRegex(@"(?i)domicili|demeur|habit|r[ée]sid|adresse|domicile|logement|log[ée]|h[ée]berg|emm[ée]nag|d[ée]m[ée]nag|vit\b|chez|destinataire|\bau\b\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Personal();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        int consumed = 0;
        foreach (int position in context.TriggerHitsOf(TriggerWords.StreetType))
        {
            if (position < consumed || !char.IsLower(text[position])) continue;
            int start = HouseNumberBefore(text, position);
            if (start < 0) continue;
            var m = Pattern().Match(text, start);
            if (!m.Success) continue;
            consumed = m.Index + m.Length;
            string? personal = ContextWindow.FindBefore(Personal(), text, m.Index, 60);
            if (personal is null && ContextWindow.FindBefore(Institutional(), text, m.Index, 50) is not null) continue;
            yield return new Finding(Detection.Categories.PostalAddress, m.Index, m.Index + m.Length,
                personal is null ? Confidence.Medium : Confidence.High, Name, personal is null ? [] : [personal],
                "Adresse postale d'une personne : elle permet de la localiser.");
        }
    }
}
