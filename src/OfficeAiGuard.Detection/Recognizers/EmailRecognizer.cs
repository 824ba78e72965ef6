using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// E-mail addresses. Functional mailboxes (accueil@, contact@, etat-civil@, dpo@…) are not personal
/// data: a local part made only of service words and digits is skipped.
/// </summary>
public sealed partial class EmailRecognizer : IRecognizer
{
    private static readonly HashSet<string> ServiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "accueil", "contact", "contacts", "info", "infos", "information", "informations", "mairie", "secretariat", "courrier", "courriers",
        "dpo", "rgpd", "rssi", "support", "helpdesk", "noreply", "no", "reply", "ne", "pas", "repondre", "standard", "communication",
        "ccas", "cias", "rh", "drh", "direction", "dg", "dgs", "dgst", "service", "services", "population", "etat", "civil", "etatcivil",
        "urbanisme", "enfance", "jeunesse", "education", "ecole", "ecoles", "scolaire", "periscolaire", "facturation", "factures",
        "comptabilite", "finances", "marches", "publics", "technique", "techniques", "st", "cabinet", "elus", "presse", "webmaster",
        "admin", "administration", "recrutement", "emploi", "paie", "police", "municipale", "pm", "cimetiere", "culture", "sport",
        "sports", "mediatheque", "bibliotheque", "social", "sociale", "action", "logement", "election", "elections", "urgence",
        "astreinte", "guichet", "unique", "relations", "usagers", "citoyen", "citoyens", "reclamation", "reclamations", "signalement",
        "voirie", "proprete", "dechets", "environnement", "eau", "assainissement", "archives", "juridique", "assemblees", "conseil",
        "courriel", "mail", "postmaster", "abuse", "hostmaster", "president", "maire", "cantine", "restauration", "creche",
        "petite", "solidarite", "solidarites", "seniors", "handicap", "sante", "prevention", "securite", "tourisme", "office",
        "evenements", "associations", "vie", "associative", "numerique", "dsi", "informatique", "si", "achats", "commande",
        "regie", "regies", "inscriptions", "inscription", "rdv", "rendez", "vous", "formation", "formations", "ressources", "humaines",
        "noreply", "notification", "notifications", "newsletter", "agenda", "mobilite", "transport", "transports", "parking",
        // Placeholders of a template or an example: "prenom.nom@ville.fr", "votre.adresse@exemple.fr".
        "prenom", "prénom", "nom", "exemple", "example", "xxx", "xxxx", "votre", "adresse", "email", "e", "utilisateur", "user",
    };

    public string Name => "email";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Email];

    // Local parts may hold accented letters ("élodie.dupont@…"): mail servers accept them (RFC 6531) and drafts write them.
    [GeneratedRegex(@"^[\p{L}0-9](?:[\p{L}0-9._%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    private const string Dot = @"\s?(?:\[dot\]|\(dot\)|\[\.\]|\(\.\)|\(point\)|\[point\])\s?";

    /// <summary>An address written to escape filters: "jean.dupont [at] gmail.com", "jean (arobase) free (point) fr" (bracketed marks only).</summary>
    [GeneratedRegex(@"(?<local>[\p{L}0-9][\p{L}0-9._%+\-]{0,63}(?:" + Dot + @"[\p{L}0-9_%+\-]+)*)\s?(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\[arobase\]|\(arobase\))\s?"
        + @"[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:(?:\." + "|" + Dot + @")[A-Za-z0-9][A-Za-z0-9\-]{0,62})*(?:\.|" + Dot + @")(?i:[a-z]{2,24})\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Obfuscated();

    private IEnumerable<Finding> Addresses(string text)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text.IndexOf('@', from);
            if (at < 0) yield break;
            from = at + 1;
            // Grow the candidate around the '@', then check it with the anchored pattern.
            int start = at;
            while (start > 0 && IsLocalChar(text[start - 1])) start--;
            while (start < at && text[start] is '.' or '-' or '+' or '_' or '%') start++;
            int end = at + 1;
            while (end < text.Length && IsDomainChar(text[end])) end++;
            while (end > at + 1 && text[end - 1] is '.' or '-') end--;
            if (start == at || end == at + 1) continue;
            if (!Pattern().IsMatch(text.AsSpan(start, end - start))) continue;
            if (IsFunctional(text[start..at])) continue;
            from = end;
            yield return new Finding(Detection.Categories.Email, start, end, Confidence.High, Name, [], Explanation);
        }
    }

    private const string Explanation = "Adresse électronique personnelle : elle identifie directement une personne.";

    /// <summary>
    /// "[at]", "(at)", "{at}", "[@]", "(@)", "(arobase)" somewhere in the text: one vectorised search for the
    /// closing brackets (a search for " at " or "arobase" alone costs ten times more on ordinary text).
    /// </summary>
    private static bool HasObfuscationMark(string text)
    {
        var span = text.AsSpan();
        for (int p = span.IndexOfAny(']', ')', '}'); p >= 0; )
        {
            if (p >= 1 && span[p - 1] == '@') return true;
            if (p >= 2 && span[p - 1] is 't' or 'T' or 'e' or 'E' && span[p - 2] is 'a' or 'A' or 's' or 'S') return true;
            int next = span[(p + 1)..].IndexOfAny(']', ')', '}');
            p = next < 0 ? -1 : p + 1 + next;
        }
        return false;
    }

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (var f in Addresses(context.Text)) yield return f;
        string text = context.Text;
        // Written-out "at": rare, so the pattern runs only where one of its marks is (one vectorised search).
        if (!HasObfuscationMark(text)) yield break;
        foreach (Match m in Obfuscated().Matches(text))
        {
            string local = m.Groups["local"].Value;
            if (IsFunctional(local)) continue;
            yield return new Finding(Detection.Categories.Email, m.Index, m.Index + m.Length, Confidence.Medium, Name, ["adresse déguisée"], Explanation);
        }
    }

    private static bool IsLocalChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' || (c > 127 && char.IsLetter(c));

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';

    internal static bool IsFunctional(string local)
    {
        foreach (var part in local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.All(char.IsAsciiDigit)) continue;
            if (!ServiceWords.Contains(part)) return false;
        }
        return true;
    }
}
