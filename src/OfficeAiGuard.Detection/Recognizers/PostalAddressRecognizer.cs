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

    private const string Word = @"(?:[dlDL]['’])?[\p{Lu}\d][\p{L}'’\-]*";
    private const string Particle = @"(?:de|du|des|la|le|les|aux|sur|sous|en|et|d['’]|l['’])";
    private const string Town = @"\p{Lu}[\p{L}'’\-]*(?:\s(?:(?:sur|sous|en|l[èe]s|lez|le|la|les|de|du)\s)?\p{Lu}[\p{L}'’\-]*){0,3}(?:\s+[Cc][Ee][Dd][Ee][Xx](?:\s\d{1,2})?)?";

    [GeneratedRegex(@"(?<![\w/.,])\d{1,4}(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s(?:rue|avenue|av\.|boulevard|bd|place|impasse|all[ée]e|chemin|route|quai|cours|square|passage|r[ée]sidence|lotissement|hameau|lieu-dit|faubourg|cit[ée]|voie|sentier|parvis|esplanade|promenade|mont[ée]e|rond-point|villa|domaine|clos|mail|traverse|ruelle|venelle|sq\.)"
        + @"(?:\s(?:" + Particle + @"\s?)*" + Word + @")(?:\s(?:" + Particle + @"\s?)*" + Word + @"){0,4}"
        + @"(?:,?\s(?:b[âa]t(?:iment|\.)?|appartement|appt|apt|escalier|esc\.|porte|[ée]tage)\s[\w\-]+)*"
        + @"(?:,?\s(?:BP|CS)\s?\d+)?"
        + @"(?:,?\s+(?:(?:0[1-9]|[1-8]\d|9[0-8])\d{3})\s+" + Town + @"|\s+à\s+" + Town + @")?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)mairie|h[ôo]tel de ville|si[èe]ge|\bCCAS\b|locaux|r[ée]union|salle|rendez-vous|permanence|service|centre|gymnase|[ée]cole|coll[èe]ge|lyc[ée]e|m[ée]diath[èe]que|biblioth[èe]que|EHPAD|CHRS|chantier|travaux|march[ée]|pr[ée]fecture|tribunal|agence|direction|p[ôo]le|maison",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Institutional();

    [GeneratedRegex(@"(?i)domicili|demeur|habit|r[ée]sid|adresse|domicile|logement|log[ée]|h[ée]berg|emm[ée]nag|d[ée]m[ée]nag|vit\b|chez|destinataire|\bau\b\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Personal();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Pattern().Matches(text))
        {
            string? personal = ContextWindow.FindBefore(Personal(), text, m.Index, 60);
            if (personal is null && ContextWindow.FindBefore(Institutional(), text, m.Index, 50) is not null) continue;
            yield return new Finding(Detection.Categories.PostalAddress, m.Index, m.Index + m.Length,
                personal is null ? Confidence.Medium : Confidence.High, Name, personal is null ? [] : [personal],
                "Adresse postale d'une personne : elle permet de la localiser.");
        }
    }
}
