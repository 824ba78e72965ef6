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
    };

    public string Name => "email";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Email];

    [GeneratedRegex(@"(?<![\w.+\-])[A-Za-z0-9](?:[A-Za-z0-9._%+\-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.)+[A-Za-z]{2,24}(?![\w\-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            string local = m.Value[..m.Value.IndexOf('@')];
            if (IsFunctional(local)) continue;
            yield return new Finding(Detection.Categories.Email, m.Index, m.Index + m.Length, Confidence.High, Name, [],
                "Adresse électronique personnelle : elle identifie directement une personne.");
        }
    }

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
