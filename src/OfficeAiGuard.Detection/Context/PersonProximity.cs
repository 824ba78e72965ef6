using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Lexicons;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Decides whether a sensitive term is about an individual: its sentence must name or point at a
/// person (honorific, "il"/"elle", "l'usager", "l'enfant", "la bénéficiaire", "son fils", "vous"…).
/// "Le budget du RSA" or "l'Agence régionale de santé" have no such anchor and are not findings.
/// </summary>
public static partial class PersonProximity
{
    [GeneratedRegex(@"\b(?:M\.|Mme|Mlle|Madame|Monsieur|Mademoiselle|Dr|Ma[îi]tre)\s+\p{Lu}|\bil\b(?! (?:est|était|sera|serait|a été) (?:possible|nécessaire|important|prévu|demandé|rappelé|proposé|convenu|souhaitable|urgent|utile|indispensable|entendu|précisé|décidé|question))(?! (?:faut|fallait|faudra|faudrait|manque|convient|appartient|apparaît|semble|s['’]agit|y a|y avait|reste|ressort|importe|existe|vous))|\b(?:elle|lui|celui-ci|celle-ci)\b|\b(?:son|sa|ses|mon|ma|mes|notre|leur)\s+(?:fils|fille|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re|mari|femme|[ée]pou\w+|enfants?|conjoint\w*|compagn\w+|concubin\w*|fianc[ée]e?|(?:beau|belle|demi|ex)-\w+|b[ée]b[ée]|neveu|ni[èe]ce|cousin\w*|petite?-\w+|grand-\w+|oncle|tante|parents?|coll[èe]gue|voisin\w*|locataire|agent)\b|\bvous\b|\bvotre\b|\bje suis\b|\bj['’]ai\b|\bl['’](?:usag[eè]re?|agente?|enfant|[ée]l[èe]ve|adolescente?|allocataire|administr[ée]e?|assur[ée]e?|a[îi]n[ée]e?|h[ée]berg[ée]e?|int[ée]ress[ée]e?|auteur|autrice|[ée]poux|[ée]pouse|occupant\w*|habitante?|ancien\w*)\b|\b(?:le|la) (?:jeune|b[ée]n[ée]ficiaire|demandeu(?:r|se)|personne|patiente?|r[ée]sidente?|mineure?|d[ée]funte?|requ[ée]rante?|candidate?|locataire|petite?|m[èe]re|p[èe]re|maman|papa|victime|pr[ée]venue?|m[ée]nage|couple|famille|salari[ée]e?|stagiaire|titulaire|mandataire|conjointe?|d[ée]clarante?|gardien|gardienne|voisine?|plaignante?|mis en cause)\b|\b(?:un|une) (?:agent|habitante?|administr[ée]e?|usag[eè]re?|enfant|[ée]l[èe]ve|coll[èe]gue|riverain\w*|jeune|voisine?|locataire|patiente?|r[ée]sidente?|b[ée]n[ée]ficiaire|adolescente?|mineure?)\b|\bqui (?:est|a|[ée]tait|avait)\b|\bles (?:futurs )?[ée]poux\b|\[(?:PERSONNE|ENFANT|PATIENT|USAGER|AGENT|NOM|PR[ÉE]NOM)(?:_\w+)?\]|\bl['’](?:a|ont|avait|avaient)\b|\b(?:l['’]|la |le )(?:secr[ée]taire|conseill(?:er|[èe]re)|adjointe?|animat(?:eur|rice)|ATSEM|[ée]ducat(?:eur|rice)|assistante?|infirmi(?:er|[èe]re)|aide-soignante?|polici(?:er|[èe]re)|brigadier|cheffe?|responsable|directeur|directrice|apprentie?|contractuelle?|vacataire|employ[ée]e?|ouvri(?:er|[èe]re)|technicienne?|chauffeur|cuisini(?:er|[èe]re)|jardini(?:er|[èe]re)|enseignante?|professeure?|collaborat(?:eur|rice)|retrait[ée]e?|[ée]tudiante?|lyc[ée]enne?|coll[ée]gienne?|nourrisson|b[ée]b[ée]|r[ée]f[ée]rente?|foyer)(?=(?:\s+[\p{L}'’\-]+){0,3}?\s+(?:est|[ée]tait|a|avait|sera|reste|se trouve|souffre|b[ée]n[ée]ficie|per[çc]oit)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonCue();

    /// <param name="names">Sorted by start.</param>
    private static bool AnyNameIn(IReadOnlyList<Finding> names, int from, int to)
    {
        int lo = 0, hi = names.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (names[mid].Start < from) lo = mid + 1;
            else hi = mid;
        }
        return lo < names.Count && names[lo].Start < to;
    }

    // What stands right before a term when the sentence is about a topic rather than a person;
    // one pattern, anchored at the term.

    /// <summary>A group: "des personnes sans domicile", "les bénéficiaires du" (not "ses enfants").</summary>
    private const string GroupNoun =
        @"(?<!\b(?:ses|mes|tes)\s+)\b(?:personnes|familles|m[ée]nages|publics|foyers|b[ée]n[ée]ficiaires|allocataires|usagers|habitants|jeunes|enfants|femmes|hommes|victimes|agents|seniors|mineurs|[ée]l[èe]ves|patients|demandeurs|r[ée]sidents|locataires)\s+(?:[\p{L}'’\-]+\s+){0,2}$";

    /// <summary>A service or an institution named after its staff or its parts: "la directrice du CSAPA", "le service de l'ASE".</summary>
    private const string InstitutionStaff =
        @"\b(?:directeur|directrice|responsable|[ée]quipe|service|services|personnel|chef|cheffe|agents?|locaux|budget|rapport|bilan|pr[ée]sident\w*|secr[ée]tariat|accueil|r[ée]seau|partenaires?|professionnels?|travailleurs? sociaux|cadre|coordinat(?:eur|rice))\s+(?:du|de la|de l['’]|des|de|d['’])\s*$";

    /// <summary>The object of a policy or a campaign: "le plan de prévention des troubles…", "l'importance du rappel à la loi", "la lutte contre les violences conjugales".</summary>
    private const string PolicyObject =
        @"(?<!\b(?:son|sa|ses|leur|mon|ma|votre)\s+)\b(?:pr[ée]vention|lutte contre|sensibilisation|d[ée]pistage|campagnes?|journ[ée]es?|semaines?|politiques?|strat[ée]gies?|sch[ée]mas?|observatoires?|chiffres?|statistiques?|nombre|taux|formations?|ateliers?|conf[ée]rences?|colloques?|guides?|chartes?|importance|enjeux?|th[ée]matiques?|probl[ée]matiques?|r[ée]glementation|r[ée]gime|registre|rubriques?|fiches?)\s+(?:(?:de la|des|du|de l['’]|d['’]|de|contre la|contre les|contre le|aux|à la|au|sur la|sur les|sur le|sur l['’]|en matière de|relatifs? aux|relatives? aux)\s*)?(?:[\p{L}'’\-]+\s+){0,1}$";

    /// <summary>A count, a statistic: "dont 28 en unité Alzheimer", "6 agents en congé de longue maladie" (ages and durations are not counts).</summary>
    private const string Count =
        @"(?<!(?:chambre|n°|no|num[ée]ro|b[âa]timent|rue|article|art\.|page|salle|bureau|lot|[ée]tage|ann[ée]e|classe|secteur|lit|box|appartement|porte|escalier|niveau|cellule|ligne|zone|dossier|r[ée]f[ée]rence)\s*)\b(?!(?:19|20)\d\d\b)\d[\d  ]*(?:[,.]\d+)?\s*%?\s+(?!(?:ans?|mois|jours?|semaines?|heures?|h|fois|min)\b)(?:[\p{L}'’\-]+\s+){0,2}$";

    /// <summary>A proportion ("un agent sur cinq a été en arrêt maladie", "deux allocataires sur trois").</summary>
    private const string Proportion =
        @"\b(?:un|une|deux|trois|quatre|cinq|\d+)\s+[\p{L}'’\-]+\s+sur\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille|\d+)\b\s*(?:[\p{L}'’\-]+\s+){0,4}$";

    /// <summary>A hypothesis or a rule for anyone: "en cas d'arrêt maladie", "si vous êtes bénéficiaire du", "tout agent placé en", "chaque enfant en situation de".</summary>
    private const string Generic =
        @"\ben cas (?:de|d['’])\s*(?:[\p{L}'’\-]+\s+){0,1}$|\bsi (?:vous|tu|un agent|une personne|un enfant|l['’]int[ée]ress[ée]e?)\s+(?:[\p{L}'’\-]+\s+){0,2}$|" +
        @"(?<!\b(?:refuse|refusait|refusent|refuser|refus[ée]|rejette|d[ée]cline|arr[êe]t[ée]|interrompu)\s+)\b(?:tout|toute|chaque)\s+$|\b(?:tout|toute|chaque|aucun|aucune|n['’]importe quel(?:le)?)\s+(?:agent|agente|personne|enfant|[ée]l[èe]ve|salari[ée]e?|usag[eè]re?|b[ée]n[ée]ficiaire|allocataire|demandeu(?:r|se)|candidate?|r[ée]sidente?|locataire|mineure?|parent|famille|m[ée]nage|fonctionnaire|contractuel(?:le)?|stagiaire|patiente?)\s+(?:[\p{L}'’\-]+\s+){0,3}$";

    /// <summary>A new measure proposed or considered, not taken: "Nous proposons une mesure d'aide éducative", "envisager un signalement" (not "propose le renouvellement du placement": that one exists).</summary>
    private const string Planned =
        @"\b(?:propos(?:e|ons|ez|ent|er|ition)|envisag(?:e|eons|ez|ent|er|[ée]e?s?)|sollicit(?:er|ons))\s+(?:(?:de |d['’])?(?:une?|des)\s+)?(?:mesure\s+(?:d['’]|de\s+)\s*)?$";

    [GeneratedRegex(GroupNoun + "|" + InstitutionStaff + "|" + PolicyObject + "|" + Count + "|" + Proportion + "|" + Generic + "|" + Planned,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TopicBefore();

    /// <summary>A mail's subject line: it names the matter ("Objet : Congé maternité – Mme X"), the body states the facts.</summary>
    [GeneratedRegex(@"^[ \t]*(?:Objet|Obj\.|Re|TR|Fwd?)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectLine();

    /// <summary>
    /// A sentence about a group: "Les enfants qui ont un PAI doivent…" (not "Les enfants de Mme X…",
    /// nor a couple or a counted few: "Les futurs époux souhaitent…", "les deux enfants").
    /// </summary>
    [GeneratedRegex(@"^\s*(?:[-•*]\s*)?(?:les|des|nos|vos|certains|certaines|plusieurs|tous les|toutes les|de nombreux|de nombreuses)\s+(?!(?:futurs?\s+)?(?:[ée]poux|conjoints|concubins|fianc[ée]s|mari[ée]s|jumeaux|jumelles)\b)(?!trois\b)\p{L}+s\b(?!\s+(?:de|du|d['’])\s*(?:M\.|Mme|Mlle|Monsieur|Madame|la famille))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GroupSubject();

    /// <summary>A sentence whose subject is an institution: its possessives are not a person's.</summary>
    [GeneratedRegex(@"^\s*(?:[-•*]\s*)?(?:la|le|l['’]|notre|votre|cette|ce|cet)\s*(?:commune|mairie|ville|collectivit[ée]|d[ée]partement|r[ée]gion|[ée]tat|association|service|soci[ée]t[ée]|entreprise|CCAS|CIAS|[ée]tablissement|structure|syndicat|budget|m[ée]tropole|agglom[ée]ration|communaut[ée]|EPCI|office|bailleur|h[ôo]pital|centre|club|march[ée]|projet|dispositif|conseil|comit[ée]|minist[èe]re|pr[ée]fecture|tribunal|[ée]cole|coll[èe]ge|lyc[ée]e|SDIS|r[ée]seau|fondation|f[ée]d[ée]ration|parti)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InstitutionSubject();

    /// <summary>"ses hospitalisations", "son placement": a singular possessive right before the term.</summary>
    [GeneratedRegex(@"\b(?:son|sa|ses)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingularPossessiveBefore();

    /// <summary>
    /// A plural subject does not make the whole sentence about a group when the term belongs to
    /// someone named after it: "Des voisins signalent que le père est alcoolisé", "les
    /// sapeurs-pompiers l'ont transportée aux urgences", "Plusieurs visites ont été annulées en
    /// raison de ses hospitalisations".
    /// </summary>
    private static bool AboutSomeoneAfter(string text, int from, int start)
    {
        if (SingularPossessiveBefore().IsMatch(ContextWindow.Before(text, start, 12))) return true;
        return PersonCue().IsMatch(text.AsSpan(from, start - from));
    }

    /// <summary>
    /// The evidence that the term at [start, end) is about a person: a person's name within
    /// 300 characters before (Purview's proximity window) or in the same sentence, or a pronoun or
    /// person noun in its sentence or the one before. Null when the term describes a group
    /// ("des personnes sans domicile stable") or nobody.
    /// </summary>
    public static string? FindCue(string text, int start, int end, IReadOnlyList<Finding>? names = null)
    {
        if (TopicBefore().IsMatch(ContextWindow.Before(text, start, 40))) return null;
        int lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (SubjectLine().IsMatch(text.AsSpan(lineStart, start - lineStart))) return null;
        int sentence = ContextWindow.SentenceStart(text, start);
        int from = sentence;
        var group = GroupSubject().Match(text, from, start - from);
        // "Les parents de Yanis demandent…": a named person right after the plural subject.
        if (group.Success && !AboutSomeoneAfter(text, group.Index + group.Length, start)
            && !(names is not null && AnyNameIn(names, group.Index + group.Length, Math.Min(start, group.Index + group.Length + 12))))
            return null;
        int to = ContextWindow.SentenceEnd(text, end);
        if (names is not null && AnyNameIn(names, Math.Min(from, Math.Max(0, start - 300)), to))
            return "nom de personne";
        // The sentence before, unless a blank line (a new paragraph) separates them.
        if (from >= 2 && text[from - 1] != '\n' || (from >= 2 && text[from - 2] != '\n'))
            from = ContextWindow.SentenceStart(text, Math.Max(0, from - 2));
        var window = text.AsSpan(from, to - from);
        foreach (var m in PersonCue().EnumerateMatches(window))
        {
            var cue = window.Slice(m.Index, m.Length).TrimEnd();
            // "Mme L…": keep the honorific, not the first letter of the name.
            if (cue.Length > 1 && char.IsUpper(cue[^1]) && char.IsWhiteSpace(cue[^2])) cue = cue[..^1].TrimEnd();
            return cue.Length > 30 ? cue[..30].ToString() : cue.ToString();
        }
        // "Le dossier indique que Léo est dyslexique", "Inès bénéficie d'un PAI…": a lone first name the
        // name recognizer leaves alone, as the subject or complement in the term's own sentence.
        if (FirstNameSubject(text, sentence, to)) return "prénom";
        // "Son casier judiciaire mentionne…", "sa grossesse": the term is someone's, unless the
        // sentence is about an institution ("La commune a remboursé ses dettes").
        // The possessive may open the term itself when its pattern needs it ("sa curatrice", "son mandataire judiciaire").
        if ((SingularPossessiveBefore().IsMatch(ContextWindow.Before(text, start, 12)) || StartsWithPossessive(text, start, end))
            && !InstitutionSubject().IsMatch(text.AsSpan(sentence, start - sentence)))
            return "possessif";
        return null;
    }

    private static bool StartsWithPossessive(string text, int start, int end)
    {
        var term = text.AsSpan(start, end - start);
        return term.StartsWith("sa ", StringComparison.OrdinalIgnoreCase) || term.StartsWith("son ", StringComparison.OrdinalIgnoreCase)
            || term.StartsWith("ses ", StringComparison.OrdinalIgnoreCase);
    }

    // ---- A lone first name as the person of the fact --------------------------------------------

    /// <summary>Verbs after a first name that make it the subject of the sentence's fact ("Léo est", "Inès bénéficie").</summary>
    private static readonly string[] SubjectVerbs =
    [
        "est", "a", "était", "avait", "sera", "serait", "aurait", "n'est", "n’est", "n'a", "n’a", "n'était", "n’était", "n'avait", "n’avait",
        "ne", "s'est", "s’est", "se", "bénéficie", "bénéficiait", "souffre", "souffrait", "présente", "présentait", "vit", "vivait",
        "reste", "restait", "demeure", "suit", "suivait", "fréquente", "fréquentait", "reçoit", "perçoit", "touche", "dépend", "relève",
        "devient", "semble", "paraît", "parait", "consomme", "prend", "prenait", "porte", "pratique", "attend", "fait", "faisait",
        "dit", "déclare", "doit", "peut", "vient", "garde", "conserve", "nécessite", "requiert", "lui-même", "elle-même",
    ];

    /// <summary>Words before a first name that make it the person of the fact ("chez Timéo", "pour Lina", "le dossier de Léo").</summary>
    private static readonly WordSet PersonBefore = new([
        "chez", "pour", "de", "d", "concernant", "concerne", "concernent", "envers", "enfant", "jeune", "petit", "petite", "fils",
        "fille", "élève", "mineur", "mineure", "patient", "patiente", "résident", "résidente", "usager", "usagère", "bénéficiaire",
    ]);

    /// <summary>Nouns before "de" + a first name that make it the person of the fact ("le suivi de Léo", "la mère d'Inès").</summary>
    private static readonly WordSet PersonOwnerNouns = new([
        "suivi", "parcours", "état", "santé", "mère", "père", "parents", "famille", "frère", "sœur", "soeur", "placement",
        "accompagnement", "scolarité", "scolarisation", "handicap", "diagnostic", "traitement", "hospitalisation", "orientation",
        "mesure", "curateur", "curatrice", "tuteur", "tutrice", "éducateur", "éducatrice", "référent", "référente", "médecin",
        "AESH", "PAI", "PPS", "notification", "charge", "garde", "audition", "comportement", "absences", "condamnation", "casier",
        "cas", "domicile", "vie", "dossier", "situation", "fils", "fille", "enfant", "enfants", "bilan", "certificat",
        "ordonnance", "grossesse", "maladie", "pathologie", "allergie", "régime", "religion", "confession", "origine",
        "arrestation", "interpellation", "plainte", "incarcération", "détention", "protection", "sortie", "retour", "admission",
    ]);

    /// <summary>
    /// Words before a capitalised first name that make it the name of a thing, not a person: places and
    /// institutions (<see cref="NameCues.PlaceWords"/>) and also projects, storms, promotions and units
    /// ("le dispositif Léo", "la tempête Alex", "la promotion Simone Veil", "l'unité Marie").
    /// </summary>
    private static readonly WordSet ThingBefore = new([
        "projet", "programme", "dispositif", "plan", "opération", "operation", "loi", "label", "promotion", "tempête", "tempete",
        "cyclone", "ouragan", "festival", "unité", "unite", "service", "chambre", "aile", "secteur", "bâtiment", "logiciel", "application",
        "appli", "robot", "plateforme", "prix", "trophée", "bourse", "fonds", "salon", "navire", "bateau", "péniche", "classe", "fiche",
        "méthode", "methode", "protocole", "syndrome", "maladie", "test", "échelle", "echelle", "rapport", "circulaire", "réseau",
        "marque", "modèle", "modele", "version", "mission", "expo", "exposition", "spectacle", "film", "livre", "saint",
        "sainte", "ste", "st", "notre-dame",
    ]);

    /// <summary>
    /// A capitalised first name alone in the sentence [from, to) that stands as the subject or the complement
    /// of its fact: followed by a verb ("Léo est dyslexique", "que Nolan souffre…"), after "chez", "pour",
    /// "de" or a person noun ("pour Lina", "le dossier de Rayan", "l'enfant Léo"). Not a word of a proper
    /// name of several capitals ("rue Victor Hugo", "collège Louise Michel"), nor after a place, an
    /// institution or a project word, nor a first name that is also a common word, a month or a town.
    /// </summary>
    private static bool FirstNameSubject(string text, int from, int to)
    {
        var lexicon = NameLexicon.Default;
        for (int i = from; i < to; i++)
        {
            if (!char.IsUpper(text[i]) || i > 0 && char.IsLetter(text[i - 1])) continue;
            int end = i + 1;
            while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))) end++;
            int length = end - i;
            // Lower case after the capital: not an acronym nor a word in capitals.
            if (length < 2 || !char.IsLower(text[i + 1])) { i = end; continue; }
            var word = text.AsSpan(i, length);
            if (!lexicon.IsFirstName(word) || NameCues.NotNames.Has(word) || NameCues.WordLikeFirstNames.Has(word)
                || NameCues.PlaceLikeFirstNames.Has(word) || NameCues.Acronyms.Has(word)) { i = end; continue; }
            if (IsPersonOfFact(text, from, i, end)) return true;
            i = end;
        }
        return false;
    }

    private static bool IsPersonOfFact(string text, int from, int start, int end)
    {
        // The next word: not a capital (a name of several words, "Victor Hugo", "Marie Curie").
        int n = end;
        while (n < text.Length && text[n] == ' ') n++;
        if (n > end && n < text.Length && char.IsUpper(text[n])) return false;
        if (n < text.Length && text[n] is '\'' or '’' or '-') return false;
        // The word before, and the one before it.
        var prev = WordBefore(text, from, start, out int prevStart);
        if (!prev.IsEmpty)
        {
            if (char.IsUpper(prev[0]) && !NameCues.NotNames.Has(prev)) return false;
            if (NameCues.PlaceWords.Has(prev) || ThingBefore.Has(prev)) return false;
        }
        if (n > end && n < text.Length && StartsWithVerb(text.AsSpan(n), out int verbEnd)) return !RoleAfter(text, n + verbEnd);
        if (n < text.Length && text.AsSpan(n).StartsWith(", qui ", StringComparison.Ordinal)) return true;
        if (prev.IsEmpty || !PersonBefore.Has(prev)) return false;
        // "de"/"d'": a person's file or care ("le suivi de Léo", "la mère d'Inès"), not a document or a place
        // ("le tableau de Sandrine", "rue de Léo").
        if (prev is "de" or "d" or "De" or "D")
            return PersonOwnerNouns.Has(WordBefore(text, from, prevStart, out _));
        // "pour Lina, un PAI…", "un PAI pour Lina.": the beneficiary, not a colleague a document is for
        // ("le tableau pour Sandrine avec les arrêts…").
        if (prev is "pour" or "Pour")
            return n >= text.Length || text[n] is ',' or '.' or ';' or ':' or '\n' || text.AsSpan(n).StartsWith("qui ", StringComparison.Ordinal);
        return true;
    }

    /// <summary>The word right before <paramref name="start"/> in the sentence (an elided "d'" as "d"), and where it starts.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int from, int start, out int wordStart)
    {
        int b = start - 1;
        if (b >= from && text[b] is '\'' or '’') b--;
        else
        {
            while (b >= from && text[b] == ' ') b--;
        }
        int e = b + 1;
        while (b >= from && (char.IsLetter(text[b]) || text[b] == '-')) b--;
        wordStart = e > b + 1 ? b + 1 : start;
        return e > b + 1 ? text.AsSpan(b + 1, e - b - 1) : ReadOnlySpan<char>.Empty;
    }

    private static bool StartsWithVerb(ReadOnlySpan<char> rest, out int length)
    {
        foreach (var verb in SubjectVerbs)
        {
            length = verb.Length;
            if (!rest.StartsWith(verb, StringComparison.Ordinal)) continue;
            if (rest.Length == verb.Length) return true;
            char c = rest[verb.Length];
            if (c is ' ' or ',' or '.' or ';' || verb[^1] is '\'' or '’') return true;
        }
        length = 0;
        return false;
    }

    /// <summary>
    /// "Nathalie est référente pour les arrêts maladie", "Isabelle est la correspondante handicap": a colleague's
    /// job, the term is the subject matter of it, not a fact about her.
    /// </summary>
    private static bool RoleAfter(string text, int at)
    {
        int i = at;
        while (i < text.Length && text[i] == ' ') i++;
        foreach (var article in RoleArticles)
            if (text.AsSpan(i).StartsWith(article, StringComparison.Ordinal)) { i += article.Length; break; }
        int e = i;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        var word = text.AsSpan(i, e - i);
        return !word.IsEmpty && (NameCues.RoleWords.Has(word) || JobWords.Has(word));
    }

    private static readonly string[] RoleArticles = ["la ", "le ", "l'", "l’", "notre ", "votre ", "leur ", "un ", "une ", "en "];

    private static readonly WordSet JobWords = new([
        "correspondant", "correspondante", "interlocuteur", "interlocutrice", "pilote", "formateur", "formatrice", "intervenant",
        "intervenante", "charge", "mandatée", "mandaté", "missionné", "missionnée", "habilité", "habilitée",
    ]);
}
