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
    /// Where "[at]", "(at)", "{at}", "[@]", "(@)", "(arobase)" closes: one vectorised search for the closing
    /// brackets (a search for " at " or "arobase" alone costs ten times more on ordinary text).
    /// </summary>
    private static IEnumerable<int> ObfuscationMarks(string text)
    {
        for (int p = text.IndexOfAny(ClosingBrackets); p >= 0; p = p + 1 < text.Length ? text.IndexOfAny(ClosingBrackets, p + 1) : -1)
        {
            if (p >= 1 && text[p - 1] == '@') yield return p;
            else if (p >= 2 && text[p - 1] is 't' or 'T' or 'e' or 'E' && text[p - 2] is 'a' or 'A' or 's' or 'S') yield return p;
        }
    }

    private static readonly char[] ClosingBrackets = [']', ')', '}'];

    // How far a disguised address reaches around its mark: the local part (64 characters and its written-out
    // dots) before it, the domain after it.
    private const int ReachBefore = 200, ReachAfter = 300;

    /// <summary>
    /// The written-out "at" is rare, so the pattern runs only in a window around each mark, never over the
    /// whole text (on a large text that would be one long scan for a handful of marks).
    /// </summary>
    private IEnumerable<Finding> Disguised(string text)
    {
        int reported = 0;
        foreach (var (start, end) in MarkWindows(text))
        {
            for (var m = Obfuscated().Match(text, start, end - start); m.Success; m = m.NextMatch())
            {
                if (m.Index < reported) continue;
                reported = m.Index + m.Length;
                if (IsFunctional(m.Groups["local"].Value)) continue;
                yield return new Finding(Detection.Categories.Email, m.Index, m.Index + m.Length, Confidence.Medium, Name, ["adresse déguisée"], Explanation);
            }
        }
    }

    /// <summary>The windows around the marks, those that overlap merged.</summary>
    private static List<(int Start, int End)> MarkWindows(string text)
    {
        var windows = new List<(int Start, int End)>();
        foreach (int mark in ObfuscationMarks(text))
        {
            int start = Math.Max(0, mark - ReachBefore);
            // Start on a word boundary, as a scan of the whole text would.
            for (int limit = Math.Max(0, start - ReachBefore); start > limit && !char.IsWhiteSpace(text[start - 1]); start--) { }
            int end = Math.Min(text.Length, mark + ReachAfter);
            if (windows.Count > 0 && start <= windows[^1].End) windows[^1] = (windows[^1].Start, end);
            else windows.Add((start, end));
        }
        return windows;
    }

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (var f in Addresses(context.Text)) yield return f;
        foreach (var f in Disguised(context.Text)) yield return f;
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
