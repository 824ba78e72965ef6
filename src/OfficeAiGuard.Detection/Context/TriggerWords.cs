using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// The trigger words of every keyword-driven recognizer, indexed together so that one pass over
/// the words of a text tells each recognizer where it may match (<see cref="AnalysisContext.TriggerHits"/>).
/// </summary>
public static class TriggerWords
{
    public const int Health = 0, SpecialCategory = 1, Criminal = 2, Vulnerable = 3, Secret = 4, StreetType = 5,
        BirthCue = 6, IdDocument = 7, SocialBenefit = 8, Organisation = 9, Vehicle = 10;

    public static readonly string[] SecretTriggers =
    [
        "AKIA", "sk-", "sk_", "pk-", "pk_", "rk-", "rk_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "AIza", "glpat-",
        "eyJ", "BEGIN", "bearer", "token", "api", "x-api", "clé", "cle ", "jeton", "mot de passe", "mots de passe", "mdp",
        "password", "passwd", "pwd", "code", "digicode", "secret", "access", "client", "identifiant", "pass", "pin", "login",
        // URL schemes, for credentials written in a connection URL ("postgres://app:…@db").
        "http", "https", "ftp", "sftp", "ftps", "postgres", "postgresql", "mysql", "mongodb", "redis", "amqp", "smtp", "ldap", "jdbc",
    ];

    public static readonly string[] StreetTypes =
    [
        "rue", "avenue", "av.", "av ", "boulevard", "bd ", "place", "pl.", "impasse", "imp.", "allée", "allee", "all.", "chemin", "chem.", "route", "rte ", "quai", "cours", "square",
        "passage", "résidence", "residence", "lotissement", "hameau", "lieu-dit", "faubourg", "cité", "cite", "voie", "sentier", "parvis",
        "esplanade", "promenade", "montée", "montee", "rond-point", "villa", "domaine", "clos", "mail", "traverse", "ruelle", "venelle", "sq.",
        // Residence words, for a postcode and town without a street ("demeurant à 74150 Rumilly", "Adresse : …").
        "domicil", "demeur", "habit", "résid", "resid", "adresse", "logé", "loge ", "héberg", "heberg", "emménag", "emmenag",
        "déménag", "demenag", "vit ", "vis ", "vivent",
    ];

    public static readonly string[] BirthCues = ["né ", "née", "nés", "ne le", "nee", "né(", "ne(", "né·", "né.", "né-", "date", "ddn", "d.d.", "dn ", "dn:", "d.n", "naiss",
        // Table headers: "…;DN;…", "| DN |", "D. naissance".
        "dn;", "dn,", "dn\t", "dn|", "dn\n", "dn\r", "d. na"];

    public static readonly string[] IdDocumentKeywords =
        ["passeport", "cni", "c.n.i", "carte", "pièce", "piece", "permis", "titre", "récépissé", "recepisse", "neph", "agdref", "étranger", "etranger",
         "aps", "dcem", "circulation",
         // English drafts and prompts: "British passport number …", "ID card", "driving licence", "residence permit".
         "passport", "identity", "id card", "driving", "residence permit", "residence card"];

    public static readonly string[] SocialBenefitKeywords =
        ["allocataire", "alloc.", "caf", "msa", "france travail", "pôle emploi", "pole emploi", "ex-pôle", "ex-pole", "demandeur", "identifiant",
         "ft ", "ft:", "ft\n", "ft;", "ft,", "ft)"];

    public static readonly string[] OrganisationKeywords =
        ["siren", "siret", "rcs", "tva", "entreprise", "société", "societe", "association", "établissement", "etablissement"];

    public static readonly string[] VehicleKeywords =
        ["immatricul", "véhicule", "vehicule", "plaque", "voiture", "camion", "fourgon", "moto", "scooter", "carte grise", "stationn"];

    private static readonly WordTriggerIndex Index = new([
        Lexicons.SensitiveTerms.HealthTriggers, Lexicons.SensitiveTerms.SpecialCategoryTriggers,
        Lexicons.SensitiveTerms.CriminalTriggers, Lexicons.SensitiveTerms.VulnerableTriggers,
        SecretTriggers, StreetTypes, BirthCues, IdDocumentKeywords, SocialBenefitKeywords, OrganisationKeywords, VehicleKeywords]);

    /// <summary>Word starts (and elided articles before them: "d'origine") with the mask of vocabularies that may start there.</summary>
    /// <param name="byVocabulary">The same positions, one list per vocabulary (null where it has none).</param>
    internal static PooledList<(int Position, int Mask)> Scan(AnalysisContext context, out PooledList<int>?[] byVocabulary)
    {
        var hits = new PooledList<(int, int)>(context.Words.Count / 4);
        var lists = byVocabulary = new PooledList<int>?[32];
        string text = context.Text;
        foreach (var w in context.Words)
        {
            if (w.Shape == Tokenization.WordShape.Number) continue;
            if (w.Start >= 2 && text[w.Start - 1] is '\'' or '’' && char.IsLetter(text[w.Start - 2])
                && (w.Start == 2 || !char.IsLetter(text[w.Start - 3])))
            {
                int elided = Index.MaskAt(text, w.Start - 2);
                if (elided != 0) Add(w.Start - 2, elided);
            }
            int mask = Index.MaskAt(text, w.Start);
            if (mask != 0) Add(w.Start, mask);
        }
        return hits;

        void Add(int position, int mask)
        {
            hits.Add((position, mask));
            for (; mask != 0; mask &= mask - 1)
                (lists[System.Numerics.BitOperations.TrailingZeroCount(mask)] ??= new PooledList<int>(64)).Add(position);
        }
    }
}
