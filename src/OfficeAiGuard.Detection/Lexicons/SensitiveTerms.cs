using System.Text.RegularExpressions;

namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>
/// French vocabularies of RGPD art. 9 / art. 10 data and of vulnerability, as case-insensitive
/// patterns. A hit is only a candidate: <see cref="Context.PersonProximity"/> decides whether it
/// is about a person ("elle est enceinte") or a policy ("le budget du RSA").
/// </summary>
public static partial class SensitiveTerms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Health (art. 9): illness, disability, treatment, pregnancy, sick leave.</summary>
    [GeneratedRegex(@"\G(?:arr[êe]ts? (?:de travail|maladie)|en arr[êe]t\b|cong[ée]s? (?:de |pour )?(?:longue|grave) (?:maladie|dur[ée]e)|cong[ée]s? (?:de )?maladie|maladie (?:professionnelle|chronique|grave|rare|d['’]\w+|de \p{Lu}\w+)|enceinte|raisons? (?:de sant[ée]|m[ée]dicales?)|grossesse|\bIVG\b|fausse couche|atteinte? (?:d['’]une?|de la|d['’]un|du|de|par)\s+\w+|souffr\w* (?:d['’]|de |du )|diab[èée]t\w*|cancer\w*|tumeur|leuc[ée]mie|chimioth[ée]rapie|radioth[ée]rapie|dialyse|d[ée]pressi(?:on|f|ve)\w*|anxio-d[ée]pressi\w+|troubles? (?:anxieux|psychiques?|psychotiques?|bipolaires?|cognitifs|du comportement|de l['’]humeur|mentaux|musculo-squelettiques|du spectre|psychologiques|alimentaires|obsessionnels?|de la personnalit[ée]|de l['’]attention|dys\w*)|\bTDAH\b|hyperactivit[ée]|(?:dossier|notification|reconnaissance|orientation) (?:de la |par la )?MDPH|burn-?out|[ée]puisement professionnel|schizophr\w+|bipolaire|psychiatrique|(?:en|de) psychiatrie|psychose|hospitalis[ée]\w*|hospitalisation|\bCMPP?\b|\bCSAPA\b|tentative de suicide|suicid\w*|[ée]pilep\w+|allergi\w+|autis\w+|trisomi\w+|scl[ée]rose|alzheimer|parkinson|d[ée]mence|\bVIH\b|\bsida\b|s[ée]ropositi\w+|h[ée]patite|addiction\w*|alcoolis\w+|alcoolo-?d[ée]pendan\w+|toxicoman\w+|sevrage|insulin\w*|\bALD\b|affection de longue dur[ée]e|antid[ée]presseurs?|anxiolytiques?|neuroleptiques?|accident (?:du travail|de trajet)|\bAESH\b|\bULIS\b|\bSESSAD\b|\bITEP\b|\bIME\b|malades?\b|travailleu(?:r|se) handicap[ée]e?|handicap[ée]e?s?\b|\bRQTH\b|invalidit[ée]|invalide\b(?<=(?:est|être|reconnue?|d[ée]clar[ée]e?|personne) invalide)|inapt(?:e|itude)\w*|th[ée]rapeutique|pathologie\w*|sous traitement|traitement (?:m[ée]dical|m[ée]dicamenteux|lourd|antid[ée]presseur|de substitution|hormonal|psychiatrique)|fracture|d[ée]ambulateur|fauteuil roulant|hernie|op[ée]r[ée]e? (?:de|du|d['’]|des)\s|chirurgi\w+|greffe|infarctus|\bAVC\b|asthm\w+|ob[ée]sit[ée]|anorexi\w+|boulimi\w+|covid|syndrome|malvoyant\w*|non-voyant\w*|aveugle|malentendant\w*|paralys\w+|amput\w+|s[ée]quelles|soins palliatifs|port de charges|station debout|restrictions? m[ée]dicales?|contre-indications? m[ée]dicales?|suivie? (?:par|au|à|en|pour) (?:le |la |l['’]|un |une |des )?(?:CMPP?|CSAPA|psychiatre|psychologue|addictologue|[ée]quipe mobile|p[ée]dopsychiatr\w*|oncolog\w*|neurolog\w*|cardiolog\w*|orthophon\w*|kin[ée]\w*|centre m[ée]dico\w*|h[ôo]pital de jour|une? \w+ (?:discale|cardiaque|r[ée]nale|chronique)))",
        Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Health();

    /// <summary>Other art. 9 data: religion, politics, trade unions, ethnic origin, sexual orientation, biometrics.</summary>
    [GeneratedRegex(@"\G(?:(?:de )?confession (?:musulmane|juive|catholique|chr[ée]tienne|protestante|isra[ée]lite|bouddhiste|orthodoxe|[ée]vang[ée]lique)|musulman(?:e|s|es)?\b|jui(?:f|ve|fs|ves)\b|catholique|protestante?\b|[ée]vang[ée]liste|bouddhiste|hindouiste|ath[ée]e\b|pratiquante?s?\b|porte (?:le voile|la kippa|un foulard)|voil[ée]e\b|kippa|ramadan|mosqu[ée]e|synagogue|t[ée]moins? de J[ée]hovah|convictions? (?:religieuses?|politiques?|philosophiques?)|militante? (?:du|de la|de l['’]|à|au|chez|syndical\w*|politique|CGT|CFDT|FO|SUD|LFI|RN|[ée]cologiste|communiste|socialiste)|adh[ée]rente? (?:du|de la|à|au|d['’]un) (?:parti|syndicat|Rassemblement|Parti|France insoumise|Renaissance|CGT|CFDT|FO)|syndiqu[ée]e?\b|d[ée]l[ée]gu[ée]e? syndica\w*|repr[ée]sentante? syndica\w*|encart[ée]e?|sympathisante? (?:du|de la|d['’])|(?:vote|votait|a vot[ée]) (?:pour )?(?:le |la )?(?:RN|LFI|Rassemblement|Front|France insoumise|Reconqu[êe]te)|opinions? politiques?|homosexu\w+|lesbienne|\bgay\b|chr[ée]tien(?:ne)?s?\b|\bislam\b|converti\w* à l['’]islam|(?:va|allait|se rend|se rendait) (?:à la messe|à l['’][ée]glise|à la synagogue|à la mosqu[ée]e)|syndicaliste|membre (?:du|de la|de l['’]|d['’]un) (?:syndicat|parti|CGT|CFDT|FO|SUD|UNSA|FSU|CFTC)|bisexu\w+|transgenre|orientation sexuelle|identit[ée] de genre|d['’]origine (?:rom|maghr[ée]bine|africaine|arabe|asiatique|juive|turque|alg[ée]rienne|marocaine|tunisienne|s[ée]n[ée]galaise|malienne|comorienne|gitane|tzigane|manouche|antillaise|subsaharienne|ethnique|étrangère)|gitane?s?\b|tziganes?\b|manouches?\b|origine ethnique|couleur de (?:peau|sa peau)|empreintes? digitales?|donn[ée]es? biom[ée]triques?|reconnaissance faciale|g[ée]n[ée]tique|\bADN\b)",
        Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SpecialCategory();

    /// <summary>Offences, convictions and judicial measures (art. 10).</summary>
    [GeneratedRegex(@"\G(?:garde à vue|casier judiciaire|condamn[ée]e?s?\b|condamnation|mise? en examen|contr[ôo]le judiciaire|interpell[ée]e?s?\b|incarc[ée]r\w+|d[ée]tention|d[ée]tenue?s?\b|prison\b|emprisonnement|\bsursis\b|travail d['’]int[ée]r[êe]t g[ée]n[ée]ral|\bTIG\b|verbalis[ée]e?s?\b|proc[èe]s-verbal (?:pour|de contravention|d['’]infraction|à (?:son|l['’]encontre))|contravention|plainte (?:contre|d[ée]pos[ée]e contre|pour)|poursuivie?s? (?:pour|en justice|p[ée]nalement)|tribunal correctionnel|cour d['’]assises|tribunal pour enfants|comparution|compara[îi]tre|alcool[ée]mie|stup[ée]fiants?|vol (?:avec|à l['’]|à main|en r[ée]union|de)|violences? volontaires?|d[ée]lit\b|d[ée]lits\b|infraction (?:p[ée]nale|à)|suivie? par le SPIP|bracelet [ée]lectronique|surveillance [ée]lectronique|rappel à la loi|fich[ée]e? S\b|[ée]crou[ée]e?\b|mandat de d[ée]p[ôo]t|d[ée]tournement de fonds|escroquerie|soup[çc]onn[ée]e? d['’e]|accus[ée]e? d['’e]|mise? en cause (?:pour|dans)|lib[ée]ration conditionnelle|exc[èe]s de vitesse|(?:retrait|suspension) (?:de son|du) permis|d[ée]f[ée]r[ée]e? (?:au|devant)|amende (?:pour|de \d)|\brecel\b|outrage à|agression (?:sexuelle|physique)|trafic de|port d['’]arme|d[ée]linquan\w+|r[ée]cidiv\w+|peine (?:de prison|d['’]emprisonnement|de travail)|probation|\bPJJ\b|mesure p[ée]nale|enqu[êe]te (?:p[ée]nale|pour|de police|de gendarmerie)|auditionn[ée]e? par (?:la police|les gendarmes|la gendarmerie|les enqu[êe]teurs))",
        Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Criminal();

    /// <summary>Vulnerability and social aid: minimum benefits, debt, guardianship, child protection, homelessness, domestic violence.</summary>
    [GeneratedRegex(@"\G(?:(?:b[ée]n[ée]ficiaire|allocataire|titulaire) (?:du |de l['’]|de la |d['’]une? |de )?(?:RSA|AAH|APA|PCH|ASS|ASPA|CSS|AME|ASF|AEEH|minimum vieillesse|revenu de solidarit[ée]|prime d['’]activit[ée]|compl[ée]ment)|(?:per[çc]oi[st]|touche|b[ée]n[ée]ficie (?:de|du|d['’])) ?(?:l['’]|le |la |une? )?(?:RSA|AAH|APA|PCH|ASPA|ASF|AEEH|allocation adulte handicap[ée]|minimum vieillesse|revenu de solidarit[ée])\b|allocation (?:de solidarit[ée]|aux adultes handicap[ée]s|adulte handicap[ée]|personnalis[ée]e d['’]autonomie|d['’][ée]ducation de l['’]enfant handicap[ée])|\bau RSA\b|surendett\w+|plan de redressement|(?:plac[ée]e? )?sous (?:tutelle|curatelle|sauvegarde de justice)|curatelle\w*|\btutelle\b|mesure de protection(?: juridique| des majeurs)?|\bASE\b|aide sociale à l['’]enfance|plac[ée]e? (?:en foyer|en famille d['’]accueil|à l['’]ASE|en pouponni[èe]re|en MECS)|confi[ée]e? (?:à l['’]ASE|à l['’]aide sociale|aux services)|\bMECS\b|famille d['’]accueil|placement (?:en foyer|à l['’]ASE|en famille d['’]accueil|familial|en MECS|en institution)|\bCRIP\b|enfance en danger|informations? pr[ée]occupantes?|\bAEMO\b|\bOPP\b|ordonnance de placement|juge des enfants|assistance [ée]ducative|sans domicile(?: fixe| stable)?|\bSDF\b|sans[- ]abri|à la rue\b|dort (?:dans sa|dans son|à la|sous|chez des|actuellement)|h[ée]berg[ée]e? (?:au|en|à l['’]|par le|dans un) (?:CHRS|foyer|h[ôo]tel social|115|centre d['’]h[ée]bergement|urgence)|violences? (?:conjugales?|intrafamiliales?)|victime d['’]abus|victime de (?:violences|maltraitance|harc[èe]lement|traite)|abus de faiblesse|expulsion locative|(?:son|sa|leur) expulsion|vit (?:dans|sous) (?:sa|son|une|un) (?:voiture|v[ée]hicule|caravane|tente)|proc[ée]dure d['’]expulsion|impay[ée]s? de loyer|dette locative|mineure? de \d+ ans|mineure? (?:isol[ée]e?|non accompagn[ée]e?)|\bMNA\b|m[èe]re isol[ée]e|p[èe]re isol[ée]|perte d['’]autonomie|maltrait[ée]e?\b|maltraitance)",
        Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Vulnerable();

    // Literal starts of the alternatives of each pattern above (lower case, at most six characters):
    // the trigger pre-filter runs a pattern only where one of them starts a word. Keep them in step
    // with the patterns: an alternative whose start has no trigger is never tried.
    public static readonly string[] HealthTriggers =
    [
        "tdah", "hyper", "dossi", "notif", "recon", "orien",
        "addict", "alcool", "allerg", "alzhei", "amput", "anorex", "anxio-", "arrets", "arrêts", "asthm", "attein",
        "autis", "avc", "diabé", "insul", "ald", "affec", "antid", "anxio", "neuro", "accid", "aesh", "ulis", "sessa", "itep", "ime", "malad", "raiso", "aveugl", "bipola", "boulim", "burn", "burn-", "cancer", "chimio", "chirur", "cmp", "cmpp",
        "conges", "congés", "contre", "covid", "csapa", "deambu", "demenc", "depres", "diabet", "diabèt", "dialys",
        "déambu", "démenc", "dépres", "en arr", "encein", "epilep", "epuise", "fausse", "fauteu", "fractu", "greffe",
        "grosse", "handic", "hepati", "hernie", "hospit", "hépati", "inapte", "inapti", "infarc", "insuli", "invali",
        "invalide", "ivg", "leucem", "leucém", "maladi", "malent", "malvoy", "non-vo", "obesit", "obésit", "operee",
        "operée", "opéree", "opérée", "paraly", "parkin", "pathol", "port d", "psychi", "psycho", "radiot", "restri",
        "rqth", "schizo", "sclero", "scléro", "sequel", "seropo", "sevrag", "sida", "soins ", "souffr", "sous t",
        "statio", "suicid", "suivie", "syndro", "séquel", "séropo", "tentat", "therap", "thérap", "toxico", "traite",
        "travai", "trisom", "troubl", "tumeur", "vih", "épilep", "épuise",
    ];

    public static readonly string[] SpecialCategoryTriggers =
    [
        "a vote", "a voté", "adhere", "adhére", "adn", "athee", "athée", "bisexu", "bouddh", "cathol", "chret", "chrét", "islam", "conve", "va à ", "allai", "se re", "syndi", "membr", "confession",
        "convic", "couleu", "d'orig", "delegu", "delégu", "donnee", "donnée", "délegu", "délégu", "d’orig", "emprei",
        "encart", "evange", "evangé", "gay", "geneti", "genéti", "gitane", "géneti", "généti", "hindou", "homose",
        "identi", "juif", "juifs", "juive", "juives", "kippa", "lesbie", "manouc", "milita", "mosque", "mosqué",
        "musulm", "opinio", "orient", "origin", "porte ", "pratiq", "protes", "ramada", "reconn", "repres", "représ",
        "sympat", "synago", "syndiq", "temoin", "transg", "tzigan", "témoin", "voilee", "voilée", "votait", "vote",
        "évange", "évangé",
    ];

    public static readonly string[] CriminalTriggers =
    [
        "agress", "alcool", "auditi", "bracel", "casier", "compar", "condam", "contra", "contro", "contrô", "cour d",
        "delinq", "soupç", "soupc", "accus", "libér", "liber", "excès", "exces", "retra", "suspe", "défér", "defer", "amend", "delit", "delits", "detent", "detenu", "detour", "délinq", "délit", "délits", "détent", "détenu",
        "détour", "ecroue", "ecroué", "empris", "enquet", "enquêt", "escroq", "fichee", "fichée", "garde ", "incarc",
        "infrac", "interp", "mandat", "mesure", "mis", "mise", "outrag", "peine ", "pjj", "plaint", "port d", "poursu",
        "prison", "probat", "proces", "procès", "rappel", "recel", "recidi", "récidi", "stupef", "stupéf", "suivie",
        "sursis", "survei", "tig", "trafic", "travai", "tribun", "verbal", "violen", "vol av", "vol de", "vol en",
        "vol à ", "écroue", "écroué",
    ];

    public static readonly string[] VulnerableTriggers =
    [
        "allocation",
        "abus d", "crip", "son e", "sa ex", "leur ", "vit d", "vit s", "enfan", "aemo", "aide s", "alloca", "ase", "assist", "au rsa", "benefi", "benéfi", "bénefi", "bénéfi",
        "confie", "confié", "curate", "dette ", "dort a", "dort c", "dort d", "dort s", "dort à", "expuls", "famill",
        "heberg", "héberg", "impaye", "impayé", "inform", "juge d", "maltra", "mecs", "mere i", "mesure", "mineur",
        "mna", "mère i", "opp", "ordonn", "percoi", "pere i", "perte ", "perçoi", "placee", "placée", "plan d",
        "proced", "procéd", "père i", "sans a", "sans d", "sans-a", "sdf", "sous c", "sous s", "sous t", "surend",
        "titula", "touche", "tutell", "victim", "violen", "à la r",
    ];
}
