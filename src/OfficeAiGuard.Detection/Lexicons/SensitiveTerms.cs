using System.Text.RegularExpressions;

namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>
/// French vocabularies of RGPD art. 9 / art. 10 data and of vulnerability, in families of
/// case-insensitive patterns (<see cref="TermVocabulary"/>). A hit is only a candidate:
/// <see cref="Context.PersonProximity"/> decides whether it is about a person ("elle est
/// enceinte") or a policy ("le budget du RSA").
/// </summary>
/// <remarks>
/// <para>Patterns are written without accents and with the straight apostrophe: they are matched
/// on a folded copy of the text, so every spelling with or without accents reads alike.</para>
/// <para>Each family keeps its triggers next to its pattern: the trigger pre-filter tries a family
/// only where one of its triggers starts a word (or an elided "d'", "l'"), so every alternative
/// must start with a trigger (a test checks it). Triggers are at most five characters, so an
/// alternative starts on its rarest word where it can; the words before it are checked by a
/// look-behind ("(?&lt;=mise? en )examen", not "mise? en examen", which would try the family at every
/// "mise en place").</para>
/// </remarks>
public static partial class SensitiveTerms
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
    private const string At = @"\G(?:";
    private const string End = ")";

    // ---- Shared word lists -------------------------------------------------------------------

    /// <summary>Organs, systems and kinds of condition that make a noun ("troubles", "insuffisance") medical.</summary>
    private const string Medical =
        @"(?:cardiaques?|cardio-?vasculaires?|coronarien\w*|respiratoires?|pulmonaires?|renale?s?|renaux|hepatiques?|neurologiques?|" +
        @"neuro-?degenerati\w+|psychiques?|psychiatriques?|psychologiques?|psychotiques?|mentale?s?|mentaux|auto-?immunes?|" +
        @"genetiques?|musculaires?|osseuse?s?|osseux|articulaires?|digestive?s?|digestifs|intestinale?s?|intestinaux|" +
        @"thyroidien\w*|cancereu\w+|oculaires?|visuel\w*|auditi\w+|motrices?|moteurs?|intellectuel\w*|cognitif\w*|cognitives?|" +
        @"sensoriel\w*|dorsale?s?|dorsaux|lombaires?|vertebrale?s?|cervicale?s?|cerebrale?s?|cerebraux|vasculaires?|" +
        @"metaboliques?|endocrinien\w*|urinaires?|anxieu\w+|anxio-?depressi\w+|alimentaires?|bipolaires?|obsessionnel\w*|" +
        @"musculo-?squelettiques?|psychomot\w+|somatiques?|psychosomatiques?|envahissants?|autistiques?|phobiques?|dys\w*|" +
        @"du sommeil|de sante|de la vue|de l'audition|de la memoire|du langage|du developpement|du neuro-?developpement|" +
        @"des apprentissages|de l'equilibre|de la marche|du comportement|de l'attention|de l'humeur|de la personnalite|" +
        @"du spectre\w*|de la deglutition|de l'alimentation|(?:de|du|au|aux) (?:dos|genoux?|hanches?|epaules?|c(?:oe|œ)ur|poumons?|reins?|foie|yeux))";

    private const string Religions =
        @"(?:musulman\w*|juif|juive|juifs|juives|israelite\w*|catholique\w*|chretien\w*|protestant\w*|evangeli\w+|orthodoxe\w*|" +
        @"bouddhi\w+|hindou\w*|sikhe?s?|chiite\w*|sunnite\w*|adventiste\w*|mormon\w*|anglican\w*|baptiste\w*|pentecot\w+|" +
        @"copte\w*|alevi\w*|animiste\w*|salafiste\w*)\b";

    private const string Parties =
        @"(?:RN|LFI|PS|PCF|EELV|LR|UDI|MoDem|Renaissance|Reconquete|Horizons|NPA|Lutte ouvriere|Debout la France|" +
        @"(?:la )?France insoumise|(?:le )?Rassemblement national|(?:le )?Front national|Front de gauche|(?:le )?Parti \w+|" +
        @"(?:les )?Republicains|(?:les )?Verts|(?:les )?Ecologistes|Europe Ecologie|(?:les )?Patriotes|Place publique)\b";

    private const string Unions =
        @"(?:CGT|CFDT|FO|Force ouvriere|SUD|UNSA|FSU|CFTC|CFE-CGC|CGC|Solidaires|SNES|SNUipp|FA-FPT)\b";

    /// <summary>Starts of the adjectives of an origin ("d'origine congolaise", "ses origines kabyles").</summary>
    private const string Origins =
        @"(?:roms?\b|romani|maghreb|afric|arab|asiat|juive|juif|turc|turque|kurde|algeri|maroc|tunisi|senegal|malien|comori|ivoir|" +
        @"congol|cameroun|guine|mauritani|hait|gitan|tzigan|manouch|yenich|antillai|guadeloup|martiniq|reunion|guyan|mahorai|" +
        @"subsahar|ethnique|etrang|immigr|berbere|kabyle|armeni|tchetchen|afghan|syrien|irak|iran|liban|pakistan|indien|" +
        @"tamoul|sri-lank|chinois|vietnam|cambodg|lao|philippin|portug|italien|espagnol|polonais|roumain|bulgar|ukrain|russe|" +
        @"albanais|kosovar|serbe|bosni|nord-afric|bangla|egypt|libyen|sahraoui|nigeri|ghane|togol|benin|burkinab|tchad|" +
        @"soudan|somali|erythre|ethiopi|rwand|burund|malgache|cap-verd|bresil|colombi|peruvi|latino|ouighour|mongol|" +
        @"georgi|moldav|hongr|grec|macedon|metis|asie|europe de l'est)\w*";

    /// <summary>Minimum benefits and social aids a person receives.</summary>
    private const string Benefits =
        @"(?:RSA(?: majore| socle)?|AAH|APA|PCH|ASS|ASPA|CSS|AME|ASF|AEEH|ADA|ASI|CMU-?C|MVA|minimum vieillesse|minima sociaux|" +
        @"revenu de solidarite(?: active)?|prime d'activite|complement (?:de RSA|de ressources|d'AAH)|" +
        @"allocation (?:de solidarite\w*|specifique de solidarite|aux adultes handicapes|adulte handicape|personnalisee d'autonomie|" +
        @"d'education de l'enfant handicape|de soutien familial|pour demandeur d'asile|supplementaire d'invalidite)|" +
        @"complementaire sante solidaire|aide medicale d'etat|prestation de compensation(?: du handicap)?|" +
        @"aide sociale (?:a l'hebergement|departementale|legale|facultative)|aide alimentaire|colis alimentaires?|" +
        @"bons? alimentaires?|cheques? (?:alimentaires?|services?|d'accompagnement personnalise)|epicerie (?:sociale|solidaire)|" +
        @"banque alimentaire|restos? du c(?:oe|œ)ur|secours populaire|secours catholique|FSL|FAJ|" +
        @"fonds de solidarite (?:logement|pour le logement|energie)|fonds d'aide aux jeunes|" +
        @"aides? (?:financieres?|d'urgence|exceptionnelles?|facultatives?) (?:du|de la part du|versees? par le|accordees? par le|au|aupres du) (?:CCAS|CIAS|FSL|FAJ|Departement)|" +
        @"aides? (?:du|de la part du|versees? par le|accordees? par le) (?:CCAS|CIAS|FSL|FAJ))\b";

    /// <summary>Articles and prepositions between a verb and a benefit ("bénéficie d'une aide du FSL", "orientée vers l'épicerie sociale").</summary>
    private const string BenefitDeterminer =
        @"(?:(?:de |du |d'|de l'|de la |a |au |aux |a la |a l'|le |la |l'|les |un |une |des |d'une? |vers (?:l'|le |la |les |une? )|avec (?:l'|le |la |les ))?" +
        @"(?:aides? (?:du |de la |au titre du |au titre de la |de l'))?)";

    // ---- HEALTH ----------------------------------------------------------------------------------

    private const string HealthLeave =
        @"arrets? (?:de travail|maladie)|en arret\b|arretee?s? (?:jusqu|par (?:son|sa|le|la) (?:medecin|generaliste))|" +
        // "arrêtée quinze jours", "arrêté trois semaines": a duration, not a police arrest.
        @"arretee?s?(?<=(?:ete|est|etait|sera|suis|etre) arretee?s?) (?:pendant |encore |a nouveau )?(?:\w+ )?(?:jours|semaines|mois)\b|" +
        @"visite (?:medicale )?de pre-?reprise|IPP\b(?<=taux d'IPP)|incapacite permanente partielle|" +
        @"arret\b(?<=(?:son|sa|leur|prolonge|prolongation de) arret)(?! (?:de bus|du chantier|des travaux|de la procedure|du projet|de tram\w*|de car|du contrat|du conseil|d'etat|de la cour|n°|municipal|prefectoral|des poursuites|du service|de l'activite|de la production|d'activite))|" +
        @"charges(?<=(?:ne (?:peut|doit|pourra|pouvait|peuvent) (?:pas|plus)|interdiction de|ne pas|eviter de|sans|pas de) porter (?:de |des )?charges)(?: lourdes)?|" +
        @"conges? (?:de |pour )?(?:longue|grave) (?:maladie|duree)|longue maladie|conges? (?:de )?maladie|" +
        @"\bCLM\b|\bCLD\b|\bCGM\b|\bCITIS\b|mi-temps therapeutique|therapeutique|visite (?:medicale )?de reprise(?! des? (?:ouvrages|travaux|voiries?|chantiers?|lots?|reseaux|batiments?|equipements?))|" +
        @"restrictions? (?:medicales?|d'aptitude)|apte avec (?:reserves?|restrictions?|amenagements?)|inapt(?:e|itude)\w*|" +
        @"invalidite|invalide\b(?<=(?:est|etre|reconnue?|declaree?|personne) invalide)|accident (?:du travail|de trajet|de service)|" +
        @"(?:port de charges|station debout(?: prolongee)?|manutentions?(?: lourdes?)?)(?<=(?:sans|pas de|eviter le|eviter la|eviter les|aucun|aucune|ni|interdiction de|limiter le|limiter la) (?:port de charges|station debout(?: prolongee)?|manutentions?(?: lourdes?)?))|" +
        @"(?:port de charges|station debout(?: prolongee)?|manutentions?(?: lourdes?)?) (?:limitee?s?|interdite?s?|proscrite?s?|contre-indiquee?s?|deconseillee?s?)|raisons? (?:de sante|medicales?)|" +
        @"(?:medecin|medecine) (?:du travail|de prevention|preventive|agree|traitant) (?:a |l'a |lui a )?" +
        @"(?:emis|preconise|prescrit|recommande|declare|constate|diagnostique|demande)|" +
        @"\bITT\b|incapacite (?:totale|permanente|temporaire|de travail)|incapacite(?<=taux d'incapacite)";

    private const string HealthLeaveTriggers =
        "arrêt|en ar|congé|longu|clm|cld|cgm|citis|mi-te|théra|visit|restr|apte|inapt|inval|accid|port |stati|manut|" +
        "raiso|médec|itt|incap|ipp|charg";

    private const string HealthPregnancy =
        @"enceinte|grossesse|\bIVG\b|fausse couche|conges? (?:de )?(?:maternite|pathologique|prenatal|postnatal)|" +
        @"\bPMA\b|procreation medicalement assistee|\bFIV\b|fecondation in vitro|insemination artificielle|" +
        @"attend (?:un enfant|un bebe|des jumeaux|son (?:premier|deuxieme|troisieme) enfant)|accouch\w+|allait\w+";

    private const string HealthPregnancyTriggers =
        "encei|gross|ivg|fauss|congé|pma|procr|fiv|fécon|insém|atten|accou|allai";

    private const string HealthConditions =
        @"maladies? (?:professionnelle|chronique|grave|rare|orpheline|evolutive|invalidante|incurable|degenerative|" +
        @"genetique|auto-?immune|infectieuse|mentale|psychique|neuro\w+|cardio\w*|d'\w+|de \p{Lu}\w+)s?|malades?\b|" +
        @"(?:pathologies?|affections?|insuffisan(?:ces?|te?s?)|deficien(?:ces?|te?s?)|infections?|malformations?|lesions?|" +
        @"problemes?(?! de sante publique)|soucis|malaises?|crises?|handicaps?|atteintes?|troubles?|douleurs?|antecedents?|sequelles?|retards?) " +
        Medical + @"|" +
        @"atteinte?s? (?:d'une?|de la|d'un|du|de|par)\s+(?!(?:l'|les? |la )?(?:objectif|seuil|quota|resultat|cible|plafond|taux|niveau|but|score|majorite|age|limite|droits?|vie privee|dignite|reputation|honneur|biens|environnement|patrimoine|ordre)\w*\b)\w+|" +
        @"souffr\w* (?:d'|de |du )(?!(?:un |une |d'un |d'une )?(?:manque|deficit|retard|absence|image|mauvaise|sous-effectif|surcharge|concurrence|isolement)\b)|pathologie\w*|" +
        @"handicaps? (?:reconnu|lourd|leger|severe|invalidant)|handicap(?<=(?:son|sa|leur) handicap)|handicap(?<=porteu(?:r|se) d'un handicap)|" +
        @"malaise(?<=(?:fait|eu|a|avait|victime d') un malaise)|SAMU\b(?! social)(?<=(?:pris|prise|transportee?|evacuee?|emmenee?) (?:en charge )?par le SAMU)|" +
        @"crises? (?:d'epilepsie|d'asthme|de panique|d'angoisse|d'anxiete|convulsives?|de convulsions?|de delire|suicidaires?)|" +
        @"affection de longue duree|\bALD\b|\bTMS\b|\bTSA\b|\bTDAH?\b|\bTSPT\b|\bPTSD\b|syndrome|" +
        @"diabet\w*|insulin\w*|cancer\w*|tumeur\w*|leucemi\w*|lymphome|myelome|melanome|sarcome|carcinome|glioblastome|" +
        @"metastas\w+|chimio\w*|radiotherapie|immunotherapie|remission|dialys\w+|greffe (?:de |du |d')(?:rein|foie|c(?:oe|œ)ur|poumon|moelle|cornee|organe|peau)|greffee?s?\b(?<=(?:est|ete|etre|a ete) greffee?s?)|" +
        @"epilep\w+|allergi\w+|autis\w+|trisomi\w+|sclerose|alzheimer|parkinson|charcot|crohn|demence|\bVIH\b|\bsida\b|" +
        @"seropositi\w+|hepatite|covid(?<=(?:positi\w+|atteinte?|malade|contaminee?s?|infectee?s?) (?:au |du |a la |par le )?covid)|covid long|tuberculose|mucoviscidose|\bBPCO\b|emphyseme|apnees? du sommeil|asthm\w+|" +
        @"pneumopathie|pneumonie|infarctus|\bAVC\b|accident vasculaire|hemipleg\w+|tetrapleg\w+|parapleg\w+|paralys\w+|" +
        @"pacemaker|stimulateur cardiaque|defibrillateur implantable|pontage|cardiaques?(?<=(?:est|etait|suis) cardiaques?)\b|cardiopath\w*|hypertension|" +
        @"phlebite|embolie|anticoagulant\w*|obesite|obeses?\b|anorexi\w+|boulimi\w+|fibromyalgi\w*|endometriose|" +
        @"drepanocytose|hemophil\w+|lupus|polyarthrite|arthrose|scoliose|lombalgi\w*|sciatique|hernie|tendinite|" +
        @"canal carpien|cirrhose|glaucome|cataracte|\bDMLA\b|acouphenes?|escarres?|stomie|incontinen\w+|immunodeprim\w+|" +
        @"fractur\w+(?! (?:numerique|sociale|territoriale|energetique|generationnelle))|amput\w+|soins palliatifs|fin de vie(?<=(?:residente?|patiente?|malade|personne|mere|pere|mari|femme|epouse?|elle|il|Mme|M\.|Monsieur|Madame) (?:est |etait )?en fin de vie)|grabataire|alitee?s?\b|coma(?<=dans le coma)\b|" +
        @"traumatisme cranien|myopathie|spina bifida|fausse route";

    /// <summary>Parts of the body an injury is located on ("une plaie à la main", "une entorse de la cheville").</summary>
    private const string BodyParts =
        @"(?:tete|front|visage|joue|levre|nez|oeil|œil|yeux|arcade|crane|cou|nuque|epaule|bras|coude|avant-bras|poignet|main|doigt|" +
        @"pouce|dos|thorax|torse|cote|ventre|abdomen|hanche|bassin|cuisse|genou|jambe|mollet|cheville|pied|orteil|talon|tibia|" +
        @"machoire|dent|cuir chevelu|oreille|poitrine|fesse)s?\b";

    /// <summary>How a person is taken to care ("transportée aux urgences", "conduit au centre hospitalier").</summary>
    private const string Conveyed = @"(?:admise?s?|transportee?s?|conduite?s?|emmenee?s?|evacuee?s?|amenee?s?)";

    /// <summary>Everyday acts a dependent person can no longer do alone ("se lever", "s'alimenter").</summary>
    private const string SelfCare = @"(?:lever|laver|habiller|deplacer|nourrir|alimenter|mouvoir)";

    private const string HealthInjuries =
        @"(?:hematomes?|ecchymoses?|contusions?)\b|" +
        @"(?:plaies?|entorses?|luxations?|brulures?|morsures?|coupures?|lesions?|traumatismes?) " +
        @"(?:(?:profonde|superficielle|ouverte|legere|grave|severe|importante|multiple)s? )?(?:au |aux |a la |a l'|du |de la |de l'|des |sur (?:le |la |l'|les ))(?:\w+ )?" + BodyParts + @"|" +
        // Marks on a body, not on a door: "des marques de coups sur les bras".
        @"(?:marques?|traces?) de strangulation|(?:(?:marques?|traces?) de (?:coups|morsures?|brulures?|griffures?)|bleus) " +
        @"(?:sur|au|aux|a la|a l') ?(?:les |le |la |l'|son |sa |ses )?(?:\w+ )?" + BodyParts + @"|" +
        @"(?:mordue?s?|griffee?s?|brulee?s?) (?:au |aux |a la |a l')(?:\w+ )?" + BodyParts + @"|" +
        @"suture(?<=points de suture)|suture\w*(?<=(?:ete|a ete|est) suture\w*)|" +
        // A stay for examination, not a visit: "transporté au centre hospitalier pour une surveillance".
        @"(?<=" + Conveyed + @" (?:en urgence |d'urgence )?)(?:au centre hospitalier|au CH\b)(?: \w+){0,3}? pour (?:un bilan|une surveillance|des examens|une observation|des soins|etre soignee?|y etre soignee?)|" +
        @"poids(?<=perte de poids)|perdu \d+ ?(?:kg|kilos?)\b|" +
        @"(?:alimente|nourrit|leve|lave|habille)(?<=ne (?:se |s')(?:alimente|nourrit|leve|lave|habille)) (?:plus|presque plus|quasiment plus|pratiquement plus)\b|connaissance(?<=perte de connaissance)|" +
        @"detresse respiratoire|vomissements?|deshydrat\w+|denutri\w+|malnutrition|amaigri\w+|" +
        @"convulsions?|fievre\b(?! acheteuse)|hemorragi\w+(?<=(?:une |d'une |son |sa |ses |l'|d')hemorragi\w+)|evanoui\w+|" +
        SelfCare + @"(?<=(?:ne (?:peut|pouvait|parvient|parvenait|arrive|arrivait) plus|" +
        @"incapable de|n'est plus capable de|besoin d'aide pour|difficultes? a) (?:a )?(?:se |s')" + SelfCare + @")" +
        @"(?: (?:seule?|sans (?:aide|assistance)))?|" +
        SelfCare + @"(?<=(?:se |s')\w+) (?:seule?|sans (?:aide|assistance))\b";

    private const string HealthInjuriesTriggers =
        "hémat|ecchy|contu|plaie|entor|luxat|brûlu|morsu|coupu|lésio|traum|sutur|poids|conna|au ce|au ch|marqu|trace|bleus|" +
        "mordu|griff|brûlé|détre|vomis|déshy|dénut|malnu|amaig|convu|fièvr|hémor|évano|lever|laver|habil|dépla|nourr|alime|mouvo|perdu|lève|lave";

    private const string HealthConditionsTriggers =
        "fin d|samu|malad|patho|affec|insuf|défic|infec|malfo|lésio|probl|souci|malai|crise|handi|attei|troub|doule|antéc|séque|retar|" +
        "souff|ald|tms|tsa|tda|tdah|tspt|ptsd|syndr|diabè|diabé|insul|cance|tumeu|leucé|lymph|myélo|mélan|sarco|carci|" +
        "gliob|métas|chimi|radio|immun|rémis|dialy|greff|épile|aller|autis|triso|sclér|alzhe|parki|charc|crohn|démen|vih|" +
        "sida|sérop|hépat|covid|tuber|mucov|bpco|emphy|apnée|asthm|pneum|infar|avc|accid|hémip|tétra|parap|paral|pacem|" +
        "stimu|défib|ponta|cardi|hyper|phléb|embol|antic|obési|obèse|anore|bouli|fibro|endom|drépa|hémop|lupus|polya|" +
        "arthr|scoli|lomba|sciat|herni|tendi|canal|cirrh|glauc|catar|dmla|acoup|escar|stomi|incon|fract|amput|soins|" +
        "en fi|graba|alité|coma|traum|myopa|spina|fauss";

    private const string HealthMental =
        @"depressi(?:on|fs?|ves?)\w*|anxio-?depressi\w+|burn-?out|epuisement professionnel|schizophren\w+|bipolaire|" +
        @"psychiatrique\w*|psychiatrie(?<=(?:en|de|par la) psychiatrie)(?<!(?:unite|service|pole|secteur|equipe|centre|clinique|hopital|interne|medecin|infirmiere?|cadre|urgences) de psychiatrie)|psychose|psychotique|decompens\w+|hospitalis\w+|\bCMPP?\b|\bCSAPA\b|" +
        @"tentative (?:de suicide|d'autolyse)|autolyse|suicid\w*|noires(?<=idees? noires)|stress post-?traumatique|" +
        @"syndrome post-?traumatique|phobi\w+|addiction\w*|addictolog\w*|alcoolis\w+|alcooliques?\b|alcoolo-?dependan\w+|" +
        @"toxicoman\w+|sevrage|desintox\w*|methadone|subutex|buprenorphine|" +
        @"dependan(?:te?s?|ce) (?:a|aux|au) (?:l'alcool|alcool|la drogue|drogues?|stupefiants|cannabis|heroine|cocaine|crack|" +
        @"jeux|opiaces|opioides|medicaments|ecrans|benzodiazepines|somniferes|anxiolytiques|antidouleurs|morphine|tabac)|consomm(?:e|ait|ateur|atrice|ation) (?:reguliere? |excessive? |quotidienne? )?" +
        @"(?:de |d')?(?:cannabis|heroine|cocaine|crack|drogues?|alcool|stupefiants|psychotropes)";

    private const string HealthMentalTriggers =
        "dépre|anxio|burn|épuis|schiz|bipol|psych|décom|hospi|cmp|cmpp|csapa|tenta|autol|suici|noire|stres|syndr|phobi|" +
        "addic|alcoo|toxic|sevra|désin|métha|subut|bupré|dépen|conso";

    private const string HealthDisability =
        @"handicapee?(?<=travailleu(?:r|se) handicapee?)|handicapee?s?\b|polyhandicap\w*|\bRQTH\b|(?<=(?:dossier|notification|orientation|reconnaissance|decision|droits|accord|reconnue? par la|notifiee? par la|orientee? par la) )MDPH\b|AESH\b(?<=(?:(?:accompagnee?s? par|beneficie d'|beneficiait d'|beneficiera d'|a droit a|dispose d'|l'aide d'|avec|notification d'|attribution d') (?:une |un |son |sa |l')?|(?:son|sa) )AESH)|\bULIS\b|\bSESSAD\b|\bITEP\b|IME\b(?<=(?:accueillie?s?|scolarisee?s?|admise?s?|orientee?s?|placee?s?|inscrite?s?|va|est|entre|integre|integrer|orientation|admission) (?:en |a l'|dans un |dans l'|vers un |vers l'|a un )IME)|\bPPS\b|\bCMI\b|mobilite inclusion(?<=carte mobilite inclusion)|" +
        @"handicap(?<=(?:est|etait|sont|etant|reste) en situation de handicap)|" +
        @"malvoyant\w*|non-voyant\w*|nonvoyant\w*|aveugle(?<!(?:a l'|confiance |foi |test |tests |double )aveugle)|cecite|sourde?s?\b(?! oreille)(?<!bruits? sourde?s?)|surdite|malentendant\w*|" +
        @"protheses? (?:auditives?|de|du|d')|appareils? auditifs?|appareillee?s?\b(?<=(?:est|etait|sont|ete) appareillee?s?)|implant cochleaire|langue des signes(?<=(?:communique|communiquent|s'exprime|parle|signe|interprete|interpretes|interprete en) (?:en |la |par la |avec la )?langue des signes)|fauteuil roulant|en fauteuil\b|deambulateur|" +
        @"cannes? anglaises?|bequilles|dys(?:lexi|praxi|calculi|orthographi|phasi|graphi|chroni|gnosi)\w*|hyperacti\w+";

    private const string HealthDisabilityTriggers =
        "handi|polyh|rqth|mdph|aesh|ulis|sessa|itep|ime|pps|cmi|mobil|malvo|non-v|nonvo|aveug|cécit|sourd|surdi|malen|proth|" +
        "langu|faute|en fa|déamb|canne|béqui|dysle|dyspr|dysca|dysor|dysph|dysgr|dysch|dysgn|hyper|appar|impla";

    private const string HealthCare =
        @"\bkines?\b|kinesi\w+|a domicile(?<=(?:infirmi\w+|aides?-soignante?s?|soins infirmiers|passage infirmier|soins|hospitalisation) a domicile)|" +
        @"\bSSIAD\b|\bHAD\b|soins de suite|convalescen\w+|reeducation|readaptation fonctionnelle|" +
        @"(?<=sous )(?:traitement|oxygene|chimio\w*|dialyse|methadone|antidepresseurs?|anxiolytiques?|neuroleptiques?|" +
        @"anticoagulants?|morphine|perfusion|insuline|respirateur|assistance respiratoire|oxygenotherapie)|" +
        @"suit un traitement|traitement(?<=(?:prendre|prend|prenait|pris|arrete|arreter|suivre|suit|suivi|observance de|oublie|refuse) (?:son|sa|ses|leur) traitement)|traitement (?:anti-?\w+|medical|medicamenteux|lourd|de substitution|hormonal|psychotropes?|neuroleptiques?|" +
        @"psychiatrique|pour (?:son|sa|ses))|antidepresseurs?|anxiolytiques?|neuroleptiques?|oxygenotherapie|" +
        @"(?<=(?:est|etait|ete|trouve|reste|" + Conveyed + @") (?:en urgence |d'urgence )?)" +
        @"(?:a l'hopital|aux urgences|au CHU|en reanimation|en soins intensifs)|" +
        @"sortie?s? (?:de l'hopital|d'hopital|d'hospitalisation)|" +
        @"operee? (?:de|du|d'|des)\s|operation (?:du |de la |de l'|des |d'une? )?(?:coeur|cœur|genou|hanche|dos|epaule|colonne|" +
        @"poumon|rein|foie|sein|cerveau|yeux|oeil|œil|cataracte|appendicite|vesicule|prostate|thyroide|canal carpien)|" +
        @"chirurgies?\b|chirurgica\w+|soignee?s? (?:pour|d'|de)|" +
        @"diagnostiquee?s? (?:d'une?|avec|comme|porteu\w+|TSA|TDAH?|autiste|bipolaire|diabetique|hyperacti\w+|dys\w+|epileptique|schizophrene|depressi\w+)|" +
        @"blessee?s? (?:au|a la|a l'|aux|grievement|gravement|legerement|lors|pendant)|blessures? (?:au|a la|a l'|aux|graves?|legeres?)|" +
        @"suivie? (?:par|au|a|en|pour) (?:le |la |l'|un |une |des )?(?:CMPP?|CSAPA|psychiatre|psychologue|addictologue|" +
        @"equipe mobile|pedopsychiatr\w*|oncolog\w*|neurolog\w*|cardiolog\w*|orthophon\w*|kine\w*|centre medico\w*|" +
        @"hopital de jour|addictolog\w*|psychomotric\w*|ergotherap\w*|une? \w+ (?:discale|cardiaque|renale|chronique))|" +
        @"orthophon\w*|psychomotric\w*|ergotherap\w*|" +
        // A person's examination ("son IRM", "passer une biopsie"), not the hospital's equipment.
        @"(?<=(?:son|sa|ses|une|un|d'une|d'un|passer|passe|passera) )(?:IRM|biopsies?|mammographies?|coloscopies?|endoscopies?|scintigraphies?|echographies?)\b|" +
        @"sante(?<=etat de sante) (?:fragile|degradee?|preoccupante?|precaire|s'est|ne (?:lui )?permet|incompatible)";

    private const string HealthCareTriggers =
        "kiné|kinés|kines|à dom|ssiad|had|soins|conva|rééd|réada|oxygè|chimi|dialy|métha|antic|morph|perfu|insul|respi|" +
        "assis|suit |trait|antid|anxio|neuro|oxygé|oxygè|à l'h|aux u|au ch|en ré|en so|sorti|opéré|opéra|" +
        "chiru|soign|diagn|bless|suivi|ortho|psych|ergot|santé|irm|biops|mammo|colos|endos|scint|échog|echog";

    /// <summary>A person's specialist, psychological follow-up, surgery, stay at the emergency ward, cure: "rendez-vous chez l'oncologue", "un suivi psychologique", "a été opérée le 3 mai".</summary>
    private const string HealthFollowUp =
        @"(?<=(?:chez|par|avec|consulte|consulter|voir|vu) (?:l'|le |la |son |sa |un |une )?)(?:oncologue|cardiologue|neurologue|pneumologue|rhumatologue|nephrologue|endocrinologue|diabetologue|" +
        @"hematologue|gastro-?enterologue|pedopsychiatre|psychiatre|addictologue|neuropediatre|cancerologue|gynecologue|psychotherapeute)\b|" +
        @"psychologique(?<=(?:suivi|accompagnement|soutien|prise en charge|consultations?|expertise) psychologique)|" +
        @"operer(?<=(?:se faire|s'est fait|se fera|doit se faire|va se faire|devra se faire) operer)|" +
        @"operee?(?<=(?:ete|est) operee?) (?:d'urgence|hier|ce matin|la semaine|le \d|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|" +
        @"urgences(?<=(?:passe|passee|passer|rendue?|allee?|aller|conduite?|emmenee?|orientee?|recue?) (?:la nuit |la soiree |la journee |toute la nuit |plusieurs heures |en urgence )?aux urgences)|" +
        @"cure (?:de desintoxication|de sevrage|thermale|de postcure)|post-?cure|" +
        @"bebe(?<=perdu (?:son|leur) bebe)|mort-nee?|mort in utero";

    private const string HealthFollowUpTriggers =
        "oncol|cardi|neuro|pneum|rhuma|néphr|endoc|diabé|hémat|gastr|pédop|psych|addic|cance|gynéc|opére|urgen|cure|post|bébé|mort-|mort ";

    // ---- SPECIAL_CATEGORY ------------------------------------------------------------------------

    private const string SpecialReligion =
        @"(?:confession|religion|culte) " + Religions + @"|musulmane?s?\b|juif\b|juive\b|juifs\b|juives\b|" +
        @"catholique(?<!(?:ecole|college|lycee|enseignement|etablissement|institution|eglise|paroisse|association|secours|universite|aumonerie|culte|prive|privee) catholique)|" +
        @"protestante?s?\b(?<!(?:temple|eglise|culte|ecole|paroisse|federation) protestante?s?)|evangeli(?:ste|que)s?\b|bouddhiste|hindou(?:e|iste)?s?\b|\bsikhe?s?\b|chiite|sunnite|" +
        @"adventiste|pentecotiste|mormone?s?\b|athee\b|agnostique|pratiquante?s?\b(?! (?:de|du|d'|des|le|la|les|l'|un|une)\b)|croyante?s?\b|chretien(?:ne)?s?\b|\bislam\b|" +
        @"(?:porte|portait|portent|portant|port du|porter) (?:le |la |un |une |du )?(?:voile|kippa|foulard|hijab|niqab|" +
        @"burq?a|burkini|jilbab|turban|tchador|croix)|voilee\b|\bkippa\b|\bhijab\b|\bniqab\b|\bbur(?:qa|ka)\b|burkini|ramadan|" +
        @"mosquee|synagogue|temoins? de jehovah|convictions? (?:religieuses?|politiques?|philosophiques?|syndicales?)|" +
        @"converti\w* (?:a l'islam|au (?:judaisme|catholicisme|christianisme|bouddhisme|protestantisme|islam|hindouisme))|" +
        @"(?<=(?:va|allait|rend|rendait|frequente|frequentait|assiste|assistait) (?:a la |la |a l'|l'|au |le )?)" +
        @"(?:messe|eglise|temple|paroisse|priere du vendredi)|" +
        @"eglise (?:evangelique|adventiste|protestante|orthodoxe|baptiste|pentecotiste|de scientologie)|" +
        @"(?:raisons?|motifs?) religieu\w+|(?:union|mariage|ceremonie|celebration) religieu(?:x|se)\b|religieusement(?<=(?:marie|mariee|maries|mariees|unie?s?) religieusement)|fetes? religieuses?|pratiques? religieuses?|" +
        @"francs?-macon\w*|loge maconnique|scientolog\w+|shabbat|chabbat|careme(?<=(?:le|du|pendant le|son|fait le|observe le|observe|pour le) careme)\b";

    private const string SpecialReligionTriggers =
        "confe|relig|culte|musul|juif|juive|juifs|catho|prote|évang|boudd|hindo|sikh|sikhe|sikhs|chiit|sunni|adven|pente|" +
        "mormo|athée|agnos|prati|croya|chrét|islam|porte|porta|port |voilé|kippa|hijab|niqab|burqa|burka|burki|ramad|" +
        "mosqu|synag|témoi|convi|conve|messe|églis|templ|paroi|prièr|raiso|motif|fête|fêtes|franc|loge|scien|union|maria|" +
        "cérém|célé|shabb|chabb|carêm";

    private const string SpecialPolitics =
        @"(?:militante?s?|milit(?:e|ait|ent)|adherente?s?|a adhere|adhesion|cotisation|membre(?: actif| active)?|proches?|" +
        @"sympathisante?s?|(?:tres |fortement )?engagee?s?|(?:delegue|representant|elu|secretaire|responsable|tresorier|permanent|membre)e?s?" +
        @"(?: du personnel| de (?:la )?section(?: syndicale)?| du bureau(?: \w+)?| du conseil syndical)?|(?:elue?|candidate?|tete de liste|colistiere?)" +
        @"(?: sur (?:la|une) liste)?|vote|votait|a vote|votera|voterait) " +
        @"(?:du |de la |de l'|des |de |d'|a la |a l'|au |aux |a |chez |dans |pour la |pour le |pour |au titre de la |" +
        @"au titre du |aupres de |au sein (?:du |de la |de l'|des |d')|sous l'etiquette |\()?(?:la |le |les |l'|un |une )?" +
        @"(?:" + Parties + @"|" + Unions + @"|parti\b(?! pris)|syndicat\b(?! (?:intercommunal|mixte|des eaux|d'|de copropriete|de communes|departemental|des coproprietaires|d'initiative))|extreme(?:-| )(?:droite|gauche))|" +
        @"(?:militante?s?|sympathisante?s?) (?:syndical\w*|politique|ecologiste|communiste|socialiste|anarchiste|royaliste|identitaire|antifa\w*|de (?:la )?gauche|de (?:la )?droite)|" +
        @"syndique\w*|syndicaliste|(?:delegue|representant|elu|secretaire|responsable|tresorier|permanent)e?s? syndica\w+|" +
        @"section syndicale|(?<=(?:son|sa|leur) )(?:syndicat|organisation syndicale)\b|" +
        @"candidate? (?:aux|pour les) elections professionnelles|encarte\w*|etiquette(?<=sous l'etiquette)|" +
        @"opinions? politiques?|opinions? d'extreme|extreme(?:-| )(?:droite|gauche)|" +
        @"(?<=(?:est|etait|suis) )(?:ecologiste|anarchiste|royaliste|gaulliste|trotskiste)\b|liste (?:de la |du |de l'|d')?(?:" + Unions + @"|" + Parties + @")|" +
        @"au titre (?:de la |du |de l')(?:" + Unions + @"|syndicat)|" +
        @"candidat(?:e|ure)?s? (?:sur|pour) (?:la |une |sa |leur )?liste\b(?! (?:d'attente|complementaire|principale|d'aptitude|des admis|des laureats|de reserve|de classement|de diffusion|electorale|de presence))|" +
        @"liste (?:de (?:la )?gauche|de (?:la )?droite|divers (?:gauche|droite)|d'extreme(?:-| )(?:gauche|droite)|d'union de la gauche|ecologiste|communiste|socialiste)\b";

    private const string SpecialPoliticsTriggers =
        "milit|adhér|a adh|a vot|adhés|cotis|membr|sympa|très |forte|engag|délég|repré|élu|élue|élus|secré|respo|tréso|perma|" +
        "candi|tête |colis|vote|voté|votai|voter|syndi|secti|organ|encar|étiqu|opini|extrê|écolo|anarc|royal|" +
        "gaull|trots|liste|au ti|proch";

    private const string SpecialOrigin =
        @"(?<=(?:d'|ses |son |leurs? |aux ))origines? " + Origins + @"|origine ethnique|couleur de (?:peau|sa peau)|" +
        @"type(?<=de type) (?:africain|maghrebin|europeen|asiatique|nord-africain|arabe|caucasien|mediterraneen|eurasien|antillais|indien)\w*|" +
        @"(?:issue?s?|originaire) de l'immigration|issue?s? de la communaute|" +
        @"(?:appartient|appartenant|appartenance) a (?:la communaute|l'ethnie|une ethnie|une minorite)|ethnie\b|" +
        @"(?:kurdes?|roms?|kabyles?|berberes?|peule?s?|touaregs?|tamoule?s?|ouighoure?s?|yezidie?s?|hmongs?|amazighe?s?|pachtounes?|hazaras?|" +
        @"tchetchenes?|bambaras?|soninkes?|wolofs?|haoussas?|bamilekes?|ashkenaze?s?|sepharade?s?)\b" +
        @"(?<=(?:est|sont|etait|etaient|d'ethnie|communaute|minorite|ethnie) \w+)|" +
        @"gitane?s?\b|tziganes?\b|manouches?\b|yeniches?\b|gens du voyage(?<=communaute des gens du voyage)";

    private const string SpecialOriginTriggers =
        "origi|coule|type |issu|issue|issus|appar|ethni|gitan|tziga|manou|yénic|gens |kurde|rom|roms|kabyl|berbè|peul|peule|" +
        "peuls|touar|tamou|ouïgh|yézid|hmong|amazi|pacht|hazar|tchét|bamba|sonin|wolof|haous|bamil|ashké|sépha";

    private const string SpecialOrientation =
        @"homosexu\w+|lesbienne|gays?\b(?<=(?:est|etait|suis|etre|couple|homme|hommes|ouvertement|personne|personnes|communaute|militant|militante|fils|frere|ami) gays?)|bisexu\w+|transgenre|transsexu\w+|\btrans\b|\bLGBT\w*|" +
        @"orientation sexuelle|genre(?<=(?:identite|transition|changement) de genre)\b|sexe(?<=(?:changement|transition) de sexe)\b|" +
        @"coming[- ]out|mariee (?:a|avec) une femme|marie (?:a|avec) un homme|pacsee (?:a|avec) une femme|pacse (?:a|avec) un homme|" +
        @"compagnon(?<=(?:\bil|M\. \w+|Monsieur \w+) (?:vit|vivait|habite|est en couple|s'est installe) avec son compagnon)|" +
        @"couple(?<=(?:\belle|Mme \w+|Madame \w+) (?:vit|vivait|est) en couple) avec (?:une femme|sa compagne)|" +
        @"couple(?<=(?:\bil|M\. \w+|Monsieur \w+) (?:vit|vivait|est) en couple) avec (?:un homme|son compagnon)|" +
        @"compagne(?<=(?:\belle|Mme \w+|Madame \w+) (?:vit|vivait|habite|est en couple|s'est installee) avec sa compagne)|" +
        // The participle's agreement, or the subject, says whose partner it is: "pacsée avec sa compagne", "elle se pacse avec sa compagne".
        @"(?:pacsee|mariee)(?<!se (?:pacsee|mariee)) avec (?:sa |une |son (?=epouse|amie))(?:compagne|conjointe|partenaire|epouse|femme|fiancee|amie)\b|" +
        @"(?:pacse|marie)(?<=(?:est|etait|etant|s'est|sera|s'etait|deja|recemment|officiellement) (?:pacse|marie)) avec (?:son|un) (?:compagnon|conjoint|mari|epoux|fiance|ami)\b|" +
        @"(?:pacse|marie)(?<=(?:\belle|Mme \w+|Madame \w+) se (?:pacse|marie)) avec (?:sa |une |son (?=epouse|amie))(?:compagne|conjointe|partenaire|epouse|femme|fiancee|amie)\b|" +
        @"(?:pacse|marie)(?<=(?:\bil|M\. \w+|Monsieur \w+) se (?:pacse|marie)) avec (?:son|un) (?:compagnon|conjoint|mari|epoux|fiance|ami)\b";

    private const string SpecialOrientationTriggers =
        "homos|lesbi|gay|bisex|trans|lgbt|orien|genre|sexe|comin|marié|pacsé|compa|coupl";

    private const string SpecialBiometric =
        @"empreintes? (?:digitales?|biometriques?|palmaires?|genetiques?|de l'iris)|empreintes(?<=(?:ses|leurs) empreintes)\b|" +
        @"(?<=(?:donnees?|controle|badge|pointage|identification|authentification|empreintes?|photos?|releves?) )biometriques?|" +
        @"(?<=donnees? )genetiques?|reconnaissance (?:faciale|vocale|de l'iris|du visage|biometrique)|" +
        @"genetique|genome|caryotype|\bADN\b|paternite(?<=test de paternite)|mutations? (?:du gene|genetiques?|BRCA\w*)|\bBRCA[12]?\b";

    private const string SpecialBiometricTriggers =
        "empre|biomé|génét|recon|génom|caryo|adn|pater|mutat|brca";

    // ---- CRIMINAL --------------------------------------------------------------------------------

    private const string CriminalProcedure =
        @"gardes? a vue|garde-a-vue|interpellee?s?\b(?! (?:par (?:les |des |un |une |plusieurs |de nombreux )?(?:habitants|riverains|parents|elus|citoyens|usagers|associations|syndicats|agents|administres|commercants|conseillers|collectifs|ecologistes|opposition|journalistes)|sur|au sujet|a propos|concernant|quant)\b)|arretee?s? (?:par (?:la police|les gendarmes|la gendarmerie|les policiers|" +
        @"les forces de l'ordre|la BAC)|pour (?:vol|violences?|conduite|trafic|outrage|agression|usage|detention|recel|menaces?|" +
        @"degradations?|escroquerie|fraude|viol|meurtre|homicide|tentative|des faits|port d'arme|ivresse|tapage|rebellion|exhibition)|" +
        @"en flagrant|en possession)|audition libre|entendue? (?:en audition|par (?:la police|les policiers|les enqueteurs|les gendarmes|" +
        @"la gendarmerie|le juge|la brigade))|auditionnee? par (?:la police|les gendarmes|la gendarmerie|les enqueteurs|le juge)|" +
        @"convoque(?:r|e?s?) (?:au commissariat|a la gendarmerie|par (?:la police|les gendarmes|la gendarmerie|le juge|le tribunal|" +
        @"le delegue du procureur|le procureur)|devant (?:le tribunal|le juge|la cour|le delegue))|" +
        // Against an institution or nobody ("plainte contre X", "contre la commune") is not about a person.
        @"plainte (?:a ete |avait ete )?(?:deposee |portee )?(?:contre|a (?:son|leur|l') ?encontre|pour)" +
        @"(?! (?:la commune|la mairie|la ville|la collectivite|l'administration|l'etat|x|la societe|l'entreprise|le departement|la region|" +
        @"l'employeur|son employeur|l'hopital|l'etablissement|le bailleur|la metropole)\b)|" +
        @"plainte (?:a ete |avait ete )?classee sans suite|main courante (?:a ete |avait ete )?(?:deposee )?" +
        @"(?:contre|a (?:son|leur|l') ?encontre|le concernant|la concernant|visant)|" +
        @"examen(?<=mise? en examen)|cause(?<=mise? en cause) (?:pour|dans)|deferee? (?:au|devant)|mandat de depot|mandat d'arret|" +
        @"detention provisoire|judiciaire(?<=(?:controle|information|enquete|instruction) judiciaire)|(?:comparution|comparaitre|comparaitra|comparaitront|comparu|comparue)(?! devant (?:le |la )?(?:conseil de discipline|commission|jury))|" +
        @"enquete (?:penale|preliminaire|de flagrance|pour|de police|de gendarmerie)|" +
        @"enquete (?:judiciaire |penale |de police )?(?:est |a ete |avait ete )?(?:en cours |ouverte |diligentee )?(?:a (?:son|leur) encontre|contre (?:lui|elle|eux))|juge d'instruction|" +
        @"poursuivie?s? (?:en justice|penalement|devant|pour (?:vol|violences?|escroquerie|fraude|abus|harcelement|agression|trafic|recel|detournement|menaces?|outrage|diffamation|injures?|degradations?|des faits|faits|conduite|usage|detention|prise illegale))|jugee?s? (?:pour|en comparution|coupable|par le tribunal|devant)|" +
        @"renvoyee? devant|tribunal correctionnel|tribunal de police|cour d'assises|tribunal pour enfants|" +
        @"soupconnee? d['e]|accusee? (?:de |d')(?!reception)|suspectee? d['e]|inculpe\w*|coupables? (?:de|d')|" +
        @"suspecte?\b(?<=en qualite de suspecte?)|relaxee?s?\b|acquittee? (?:par (?:la cour|le tribunal)|des faits)|non-lieu|" +
        @"recherchee?s? (?:par (?:la police|la gendarmerie|les gendarmes|les policiers|les services de police|la justice|les enqueteurs)|pour (?:vol|violences?|escroquerie|trafic|agression|meurtre|viol))";

    private const string CriminalProcedureTriggers =
        "garde|inter|arrêt|audit|enten|convo|plain|main |exame|cause|défér|manda|déten|judic|compa|enquê|juge|jugé|jugée|" +
        "pours|renvo|tribu|cour |soupç|accus|suspe|incul|coupa|relax|acqui|non-l|reche";

    private const string CriminalSentence =
        @"condamnee?s?\b(?<!(?:porte|fenetre|acces|issue|sortie|passage|voie|route|rue|local|piece|salle|ascenseur|batiment|couloir|escalier|entree|ouverture)s? (?:est |sont |a ete |ont ete |sera |seront |reste |restera |etait )?condamnee?s?)|" +
        @"condamnation(?! (?:d'une?|de la|des|du) (?:porte|fenetre|acces|issue|sortie|passage|voie|local|piece|salle|ouverture|entree)s?)|" +
        @"casier judiciaire(?<!(?:bulletins?|B\d|extraits?|copie|consultation|n° ?\d|no ?\d) (?:du |de |d'un |de son )?casier judiciaire)|" +
        @"casier (?:charge|bien rempli|judiciaire charge)|sursis\b(?! (?:a statuer|a execution|de paiement))|epreuve(?<=mise a l'epreuve)|emprisonn\w+|incarcer\w+|detention (?:provisoire|arbitraire|de stupefiants|d'armes?|illegale)|detention(?<=(?:sortant|sort|sortir|sorti|sortie|libere|liberee|placee?|maintenue?|en) de detention)|(?<=en )detention|" +
        @"detenue?s?\b(?! par)(?<!(?:donnees|informations|documents|biens|parts|actions|pieces|fichiers|titres|sommes|fonds|elements) detenue?s?)|prison\b|ecrouee?\b|purg\w+ (?:une|sa|la) peine|ecop\w+ (?:de|d')|ferme(?<=(?:mois|ans?) ferme)\b|" +
        @"peine (?:de prison|d'emprisonnement|de travail|ferme|avec sursis|d'amende|complementaire|de \d|privative)|" +
        @"peine(?<=amenagement de (?:sa |la )?peine)|interet general(?<=travail d'interet general)|\bTIG\b|" +
        @"stage de (?:citoyennete|sensibilisation a la securite routiere|sensibilisation aux dangers|responsabilite parentale|lutte contre)|" +
        @"(?<=(?:composition|ordonnance|reparation|transaction|mesure|avertissement|sanction) )penale?|" +
        @"alternative aux poursuites|rappel a la loi|\bCRPC\b|" +
        @"obligation de (?:soins|pointer|se presenter|suivre un stage|indemniser|reparer|residence)|injonction de soins|" +
        @"interdiction (?:de paraitre|de contact|d'entrer en contact|d'approcher|de sejour|de sortie du territoire|du territoire|" +
        @"de port d'arme|de detenir une arme|de conduire|de gerer|d'exercer|de se rendre|de frequenter)|" +
        @"bracelet (?:electronique|anti-?rapprochement|anti rapprochement)|surveillance electronique|semi-liberte|" +
        @"exterieur(?<=placement exterieur)|liberation (?:conditionnelle|sous contrainte)|liberte conditionnelle|" +
        @"sortir(?<=permission de sortir)|retention de surete|surveillance de surete|suivi socio-judiciaire|suivie? par le SPIP|\bPJJ\b|" +
        @"educative judiciaire(?<=mesure educative judiciaire)|educatif(?<=centre educatif) (?:ferme|renforce)|juge (?:de l'application|d'application) des peines|" +
        @"probation|bracelet(?<=sous bracelet)|executee? (?:sa|une|la) peine|evincee? du domicile|eviction du (?:conjoint|domicile)|" +
        @"eloignement (?:du domicile|du conjoint)|main de justice(?<=sous main de justice)|pointer (?:au commissariat|a la gendarmerie|chaque semaine au)";

    private const string CriminalSentenceTriggers =
        "conda|casie|sursi|épreu|empri|incar|déten|priso|écrou|purg|écop|ferme|peine|intér|tig|stage|pénal|alter|" +
        "rappe|crpc|oblig|injon|inter|brace|surve|semi-|extér|libér|liber|sorti|réten|suivi|pjj|éduca|juge|proba|" +
        "exécu|évinc|évict|éloig|main |point";

    private const string CriminalOffence =
        @"alcoolemie|stupefiants?\b(?! (?:place|rue|avenue|boulevard|cite|quartier|square|impasse|allee|chemin|residence|secteur|dans le quartier|dans le secteur|au pied|en bas|aux abords|sur la place|sur le parking)\b)|vol (?:avec|a l'|a main|en reunion|de|a la tire|a la roulotte|par effraction)|vols (?:avec|a l'|a main|en reunion|de)|violences? volontaires?|delits?\b|" +
        @"infractions? (?:penales?|a)|outrage a|agression (?:sexuelle|physique)|trafic de|port d'arme|delinquante?s?\b|recidivistes?|recidive(?<=en (?:etat de )?recidive)|" +
        @"recel\b|detournement de fonds|escroquerie|abus de confiance|exces de vitesse|" +
        @"permis(?<=(?:retrait|suspension|annulation|invalidation)(?: administrative| judiciaire)? (?:de son |du |de sa |de )permis)(?! (?:de construire|d'amenager|de demolir|de lotir|de detention))|" +
        @"permis(?: de conduire)? (?:lui )?(?:avait ete |a ete |etait |est |ayant ete |venait d'etre )(?:retire|suspendu|annule|invalide)\b|" +
        @"(?:conduite|conduit|conduisait|circulait|circule|roulait|roule)(?: \w+)? (?:malgre (?:une |la |l'|un |son )?(?:suspension|retrait|annulation|invalidation)|sans permis|sans assurance)|" +
        @"menac\w* (?:[\w']+ ){0,3}?(?:avec|au moyen d') ?(?:un |une |son |sa |des |l')?(?:couteau|arme|pistolet|fusil|hache|cutter|barre|batte|machette|tournevis|marteau|ciseaux|revolver|carabine|bouteille cassee)|" +
        @"menac\w* (?:[\w']+ ){0,3}?de (?:le |la |les |l')?(?:frapper|tuer|bruler|poignarder|egorger|violer|planter|buter|crever|defoncer)\b|" +
        @"(?:sorti|brandi|exhibe) (?:un|une|son|sa) (?:couteau|arme|pistolet|fusil|hache|cutter|machette|revolver|carabine|batte)\b|" +
        @"menace(?<=sous la menace) (?:d'un|d'une|de son|de sa) (?:couteau|arme|pistolet|fusil|hache|cutter|machette|revolver|carabine)|" +
        @"amende (?:pour|de \d|forfaitaire)|verbalisee?s?\b|" +
        @"proces-verbal (?:pour|de contravention|d'infraction|a (?:son|l')encontre)|contravention|delit de fuite|" +
        @"refus d'obtemperer|refuse d'obtemperer|conduite (?:sans permis|sans assurance|en etat (?:d'ivresse|alcoolique)|" +
        @"sous l'emprise|sous l'empire)|menaces? de mort|ivresse\b|degrisement|(?:degradations|vols|violences|agressions?|delits?|infractions?|cambriolages?|incivilites|escroqueries?|fraudes?)(?<=commis\w* (?:des|un|une|plusieurs|de nombreux|de nombreuses) \w+)|degradations? volontaires?|fichee? (?:S\b|au (?:FIJAIS|FAED|TAJ|FPR|FSPRT|fichier|grand banditisme)|par (?:la police|les services)|comme (?:\w+ )?(?:dangereux|radicalise|delinquant))|" +
        @"inscrite? au (?:FIJAIS|FAED|TAJ|fichier (?:des auteurs|judiciaire))|" +
        @"antecedents (?:judiciaires|penaux|de (?:violences?|vols?|delinquance|agressions?|trafic|conduite)|d'(?:agression|outrage|escroquerie))|" +
        @"faits(?<=(?:reconnu|reconnait|avoue|admis|nie|conteste|auteure?|pour|soupconnee? de|accusee? de|impliquee? dans|mise? en cause pour) (?:les |des |de )?faits) (?:de|d') ?(?:vol|violences?|agression|escroquerie|fraude|harcelement|trafic|recel|outrage|menaces?|degradations?|vandalisme|conduite|detournement|exhibition|viol|attouchements)|" +
        @"connue?s? (?:des|par les) services (?:de police|de gendarmerie|de la police|de justice|judiciaires)|" +
        @"connue? (?:de la|par la) (?:police|justice|gendarmerie)|defavorablement connue?|" +
        @"auteure? (?:presume\w* )?(?:de|des|du|d') (?:faits|degradations|violences|vols?|menaces|agressions?|tags|incendie|" +
        @"harcelement|infractions?|outrage|coups|delits?|vandalisme)|" +
        @"tentative de (?:vol|meurtre|homicide|cambriolage|viol|escroquerie)|flagrant delit";

    private const string CriminalOffenceTriggers =
        "vol p|vols|fraud|dégra|cambr|inciv|alcoo|stupé|vol a|vol à|vol d|vol e|vols |viole|délit|infra|outra|agres|trafi|port |délin|récid|recel|détou|escro|" +
        "abus |excès|antéc|faits|permi|circu|roula|roule|sorti|brand|exhib|amend|verba|procè|contr|refus|condu|menac|ivres|dégri|fiché|inscr|connu|défav|auteu|tenta|flagr";

    /// <summary>Blows a person dealt ("il a frappé un agent", "a giflé et bousculé sa voisine").</summary>
    private const string CriminalAssault =
        @"(?:frappe|agresse|gifle|bouscule|violente|poignarde|etrangle)(?<=(?:\ba|avait|aurait|ont|avaient|auraient) \w+) " +
        @"(?:(?:et|puis) \w+ )?(?:un|une|son|sa|ses|le|la|les|l'|deux|plusieurs)\b(?! (?:coup d'envoi|porte|vitre|mur|ballon|record|esprits|planning|calendrier|programme|agenda|ordre du jour|habitudes|emploi du temps)\b)";

    private const string CriminalAssaultTriggers = "frapp|agres|gifl|bousc|viole|poign|étran";

    /// <summary>Theft and fraud by their verb ("il a volé la carte de", "a dérobé du matériel", "surpris en train de voler").</summary>
    private const string CriminalTheft =
        @"(?:vole|derobe|escroque|cambriole|rackette|extorque|subtilise)(?<=(?:\ba|avait|aurait|ont|avaient|auraient|ayant) \w+) " +
        @"(?:(?:et|puis) \w+ )?(?:un|une|son|sa|ses|le|la|les|l'|des|du|de l'|deux|plusieurs|\d+)\b|" +
        @"vol\b(?<=commis\w* (?:un|le) vol)|surprise? (?:en train de |a )(?:voler|derober|degrader|taguer|dealer|fracturer|cambrioler|vendre de la drogue)\b";

    private const string CriminalTheftTriggers = "vol|dérob|escro|cambr|racke|extor|subti|surpr";

    // ---- VULNERABLE ------------------------------------------------------------------------------

    private const string VulnerableBenefits =
        @"(?:beneficiaire|allocataire|titulaire|beneficiant|percevant|touchant|percoi[st]|percevait|percevoir|percu|touche|" +
        @"touchait|toucher|beneficie|beneficiait|beneficier|droits?|obtenu|sollicite|" +
        @"vit|vivait|vivent|orientee?s?|admise?s?|inscrite?s?) (?:(?:plus )?que |uniquement |seulement |toujours |encore |actuellement )?" + BenefitDeterminer + Benefits + @"|" +
        @"(?<=(?:au |a l'|a le ))(?:RSA|AAH|ASPA|AME|APA)\b|colis alimentaires?(?<=(?:recoit|recevait|recoivent|recu|recue|recois) (?:des |un |les |le |deux |plusieurs )?colis alimentaires?)|" +
        @"(?:financieres?|d'urgence|exceptionnelles?)(?<=aides? \w+) (?:du|de la part du|versees? par le|accordees? par le|au|aupres du) (?:CCAS|CIAS|Departement|FSL|FAJ)\b|" +
        @"(?<=(?:dossier|droits?|demande|versement|suspension|radiation|indu|renouvellement|au titre) (?:de |du |d'|au |a l'|a la )?)" +
        @"(?:RSA|AAH|APA|PCH|ASPA|CSS|AME|AEEH|ASF)\b|" +
        // A form's or a table's label: "Situation : RSA socle", "Ressources : AAH et prime d'activité".
        @"(?<=(?:situation|ressources?|revenus?|prestations?|statut|minima sociaux) ?: ?)(?:RSA|AAH|APA|PCH|ASPA|AME)\b(?: (?:majore|socle))?";

    private const string VulnerableBenefitsTriggers =
        "bénéf|alloc|titul|perce|perço|perçu|colis|touch|droit|obten|solli|vit|vivai|viven|orien|admis|inscr|rsa|aah|aspa|" +
        "ame|apa|pch|css|aeeh|asf|finan|d'urg|excep";

    private const string VulnerableHardship =
        @"surendett\w+|redressement(?<=plan de redressement)|(?<=(?:dossier|fichee?|fichage) (?:a la |aupres de la |par la )?)Banque de France|" +
        @"retablissement personnel|effacement (?:de (?:ses|leurs|sa) )?dettes?|" +
        @"dettes? (?:locatives?|de loyers?|d'energie|de cantine|d'electricite|de gaz|aupres (?:du|de son) bailleur)|" +
        @"dettes(?<=(?:ses|leurs) dettes)\b|impayes? (?:de |d')(?:loyers?|energie|electricite|gaz|eau|cantine|charges|factures?)|" +
        @"impayes(?<=(?:accumule|accumulait|cumule|cumulait) (?:des|plusieurs|de nombreux) impayes)|" +
        @"bancaire(?<=interdite? bancaire)|\bFICP\b|precarite(?<=(?:en |situation de |grande )precarite)|" +
        @"(?<=sans (?:aucune? )?)ressources?\b|(?:ressources?|revenus?)(?<=(?:aucune|aucun|plus de|pas de|plus aucune?|sans aucun) (?:ressources?|revenus?))\b|vivre(?<=reste a vivre) (?:negatif|nul|insuffisant)|droits(?<=(?:en fin de|fin de ses) droits)\b|" +
        @"autonomie(?<=perte d'autonomie)|\bGIR ?[1-6]\b|dependante?s? pour (?:les actes|la toilette|l'habillage|ses deplacements|les gestes)|" +
        @"dependan(?<=(?:personne agee|tres|totalement|grande) dependan)(?:te?s?|ce)\b|isolee? socialement|" +
        @"(?<=(?:tres|totalement|completement|socialement|mere|pere) )isolee?s?\b|isolement (?:social|relationnel|familial)|(?:soutien|lien|liens|entourage) (?:familial|familiaux|social|sociaux)(?<=sans (?:aucun |plus de |de )?(?:soutien|lien|liens|entourage) \w+)|" +
        @"isolement(?<=situation d'isolement)";

    /// <summary>Isolation of a (often elderly) person and a life without income: "n'a plus de contact avec sa famille", "ne reçoit aucune visite", "n'a aucune ressource".</summary>
    private const string VulnerableIsolation =
        @"(?:famille|proches|entourage)(?<=(?:n'a|n'avait|n'ont|n'avaient) (?:plus |aucun |plus aucun |plus de )(?:contacts?|liens?) (?:avec|de) (?:sa|son|ses|leur|leurs) (?:famille|proches|entourage))|" +
        @"(?<=ne )(?:recoit|recevait|recoivent) (?:plus |jamais |aucune |plus aucune |plus de |pas de )visites?|" +
        @"isolee?s?\b(?<=(?:est|etait|sont|vit|vivait|vivent|reste|restee?|se sent|se trouve|se retrouve|devenue?s?) (?:tres |totalement |completement |socialement )?isolee?s?)" +
        @"(?<!(?:hameau|village|maison|batiment|ferme|commune|secteur|quartier|site|poste|lieu|local|logement|habitation|territoire|zone|incident|fait|acte|point|cas|probleme|piece|bureau) (?:est|etait|sont|reste|se trouve) (?:tres |totalement |completement )?isolee?s?)|" +
        @"rupture (?:familiale|des liens familiaux|avec sa famille|avec ses parents)|" +
        @"coupures? (?:d'electricite|de l'electricite|de courant|de gaz|d'eau|d'energie) pour (?:impayes?|non-paiement|dettes?|defaut de paiement)|" +
        @"coupure(?<=menacee?s? de coupure)|coupure(?<=(?:subi une|fait l'objet d'une|sa|leur) coupure) (?:d'electricite|de courant|de gaz|d'energie)";

    private const string VulnerableIsolationTriggers = "famil|proch|entou|reçoi|recev|isolé|ruptu|coupu";

    private const string VulnerableHardshipTriggers =
        "souti|lien|liens|entou|reven|suren|redre|banqu|rétab|effac|dette|impay|banca|ficp|préca|resso|vivre|droit|auton|gir|dépen|isolé";

    private const string VulnerableHousing =
        @"sans (?:domicile|logement|hebergement)(?: fixe| stable)?|\bSDF\b|sans-abri|sans abri|la rue\b(?<=a la rue)|" +
        @"dort (?:dans sa|dans son|a la|sous|chez des|actuellement|dehors|dans la rue|dans (?:une|un) (?:voiture|tente|cabane|parking|hall))|" +
        @"vi(?:t|vent|vait) (?:dans|sous|en|a l') ?(?:sa |son |une |un |leur )?(?:voiture|vehicule|caravane|tente|squat|cabane|camion|" +
        @"bidonville|campement|abri de fortune|hotel)|squat\w*|bidonville|campement (?:illicite|de fortune)|fortune(?<=abri de fortune)|" +
        @"hebergee?s? (?:(?:depuis|pendant) (?:[\w']+ ){1,3}|actuellement |provisoirement |temporairement |toujours |encore )?" +
        @"(?:au |en |a l'|a |par le |par la |par l'|dans un |dans une |chez des |chez un |chez une |au titre de |via le )" +
        @"(?:CHRS|CHU|CADA|HUDA|foyer(?! de jeunes travailleurs| jeunes travailleurs| logement|-logement)|hotel(?! de ville| de region| du departement| de police| des impots| communautaire| de la metropole)|115|SIAO|centre d'hebergement|centre maternel|urgence|l'urgence|gymnase|tiers|amie?s?|" +
        @"connaissances|residence sociale|pension de famille|maison relais|logement d'urgence|hotel social|Samu social)|" +
        @"hebergee?s? en urgence|abri(?<=(?:ete|etre|est|sont|sera|seront) mise?s? a l'abri)\b|" +
        @"appel\w* (?:le |au )?115\b|orientee? par le (?:SIAO|115)|(?:orientee?|admise?) (?:en|au|vers (?:un|une|le|la|l')) ?" +
        @"(?:CHRS|CHU|CADA|HUDA|hebergement d'urgence|accueil de jour|pension de famille|centre d'hebergement|maison relais)|" +
        @"sortante?s? (?:du|de|d') ?(?:CHRS|CHU|CADA|HUDA|centre d'hebergement|hebergement d'urgence|foyer d'urgence)\b|" +
        @"hebergement(?<=(?:dossier|demande|admission|beneficiaire|beneficie|titulaire) (?:d'|de l'|a l')aide sociale a l'hebergement)|" +
        @"domiciliee? (?:au |aupres du |par le |a l')(?:CCAS|CIAS|association|accueil de jour|Secours)|" +
        @"domiciliation (?:administrative|postale|au CCAS)|Samu social|\bDALO\b|\bDAHO\b";

    /// <summary>Emergency shelter and housing unfit to live in, stated of a person ("logé en hébergement d'urgence", "vit dans un logement insalubre").</summary>
    private const string VulnerableShelter =
        @"abri(?<=(?:l'objet d'une|beneficie d'une|beneficie d'une|leur|sa|son) mise a l'abri)\b|" +
        @"hebergement d'urgence(?<=(?:logee?s?|est|vit|vivent|reste|placee?s?|sont|maintenue?s?) (?:en|dans un|a l'|au titre de l') ?hebergement d'urgence)|" +
        @"(?:insalubre|indigne|indecent|surpeuple|suroccupe|vetuste)(?<=(?:vit|vivent|vivait|occupe|occupent|loge|logee?s?|habite|habitent|reside|resident) (?:dans|en) (?:un|son|leur) logement (?:\w+ )?(?:insalubre|indigne|indecent|surpeuple|suroccupe|vetuste))|rupture d'hebergement|rupture de logement";

    private const string VulnerableShelterTriggers = "abri|ruptu|héber|insal|indig|indéc|surpe|suroc|vétus";

    private const string VulnerableHousingTriggers =
        "samu|sans |sdf|sans-|la ru|dort |vit|viven|vivai|squat|bidon|campe|fortu|héber|abri|ruptu|appel|orien|admis|domic|dalo|" +
        "daho|sorta";

    private const string VulnerableEviction =
        @"expulsion locative|expulsion(?<=(?:son|sa|leur) expulsion)|expulsee?s? (?:de (?:son|leur|sa) logement|du logement|de chez|par (?:son|le|leur) bailleur)|" +
        @"expulsion(?<=(?:jugement|commandement|decision|ordonnance|procedure|menace|risque|arrete) d'expulsion)|menacee?s? d'expulsion|" +
        @"commandement de quitter les lieux|concours de la force publique|" +
        @"porte(?<=mise?s? a la porte) (?:par (?:ses|son|sa|leurs?) (?:parents|pere|mere|conjoint|compagnon|compagne|mari|famille|bailleur|proprietaire|logeur)|de chez (?:lui|elle|eux|ses parents|sa mere|son pere))|" +
        @"assignation (?:devant le juge des contentieux de la protection|en resiliation|aux fins (?:de resiliation|d'expulsion)|en expulsion)|" +
        @"assignee?s? (?:en (?:resiliation|expulsion)|par (?:son|leur|le) bailleur)|" +
        @"resiliation (?:judiciaire )?(?:du|de son|de leur) bail(?<=(?:en vue de|aux fins de|a fin de) (?:la )?resiliation (?:judiciaire )?(?:du|de son|de leur) bail)|" +
        @"resiliation judiciaire (?:du|de son|de leur) bail";

    private const string VulnerableEvictionTriggers = "expul|comma|conco|menac|porte|assig|résil";

    private const string VulnerableAsylum =
        @"asile(?<=(?:demandeu(?:r|se)|deboutee?(?: du droit| de sa demande)?) d'asile)|\bCADA\b|\bHUDA\b|refugiee? (?:statutaire|politique)|" +
        @"(?<=statut de )refugiee?|subsidiaire(?<=protection subsidiaire)|sans-papiers|sans papiers|irreguliere(?<=(?:il|elle|ils|elles|etrangere?|ressortissante?|personne|famille|mere|pere|jeune|mineure?) (?:est |etait |sont |se trouve |vit |reste |demeure )?en situation irreguliere)|irreguliere(?<=(?:est|etait|sont|se trouve|vit|reste|demeure|maintenue?) en situation irreguliere)(?<!(?:construction|batiment|vehicule|extension|abri|cloture|installation|terrasse|piscine|annexe|ouvrage|chantier|enseigne|entreprise|societe|structure|voiture|dossier|occupation)s?\b[^;:!?\n]{0,60})|sejour irregulier|sans titre de sejour|" +
        @"\bOQTF\b|quitter le territoire(?<=obligation de quitter le territoire)|(?:expire|perime)(?<=titre de sejour (?:a |est |etait |avait )?(?:expire|perime))|" +
        @"retention(?<=(?:placee?s?|placement|maintenue?s?|maintien|sortie?) (?:en |au |du )(?:centre de )?retention)(?: administrative)?|CRA\b(?<=(?:placee?s?|placement|maintenue?s?) (?:en|au) CRA)";

    private const string VulnerableAsylumTriggers = "sans |sans-|asile|cada|huda|réfug|subsi|irrég|séjou|oqtf|quitt|expir|périm|réten|cra";

    /// <summary>What an agent's "placement" is in HR writing ("son placement en disponibilité"), or a job placement.</summary>
    private const string NotAChildPlacement =
        @"(?! (?:en (?:disponibilite|conge|position|detachement|surnombre|retraite|CLM|CLD|longue|temps partiel|entreprise|stage|emploi|bourse)|" +
        @"a la retraite|hors cadres?|d'office|financier|bancaire|chez un employeur|professionnel|de (?:fonds|la tresorerie))\b)";

    private const string VulnerableChildren =
        // The service alone ("référente ASE", "l'éducatrice de l'ASE") is not a fact about a child.
        @"ASE\b(?<=(?:placee?s?|confiee?s?|suivie?s?|accompagnee?s?|connue?s?|accueillie?s?|prise? en charge|signalee?s?|releve|relevant|relevait) (?:a |par |de |au titre de |aupres de )?l'ASE)|" +
        @"ASE\b(?<=(?:mesure|dossier|suivi|prise en charge|placement|enfant|enfants|mineure?s?|pupille) ASE)|enfance(?<=aide sociale a l'enfance)|enfance en danger|placee?s? (?:en foyer|en famille d'accueil|a l'ASE|en pouponniere|" +
        @"en MECS|en lieu de vie|chez un tiers|aupres de l'ASE|par (?:le juge|decision|ordonnance|l'ASE))|" +
        @"confiee?s? (?:a l'ASE|a l'aide sociale|aux services (?:de l'ASE|de l'aide sociale|sociaux|de protection)|au service de l'aide|au departement|a un tiers digne)|\bMECS\b|" +
        @"accueil(?<=(?:placee?s?|accueillie?s?|vit|vivent|vivait|grandi|hebergee?s?|confiee?s?|reside|residait|retour) (?:en|dans (?:une|sa|la|leur)|chez (?:une|sa)|a (?:une|sa|la)) famille d'accueil)|" +
        @"placement(?<=(?:son|leur|renouvellement du|prolongation du|mainlevee du|maintien du|levee du|fin de son|fin du) placement)" + NotAChildPlacement + @"|" +
        @"placement (?:par (?:le juge|decision|ordonnance)|ordonne|decide|prononce)|" +
        @"placement(?<=(?:ordonne|renouvele|prolonge) (?:le|son|leur) placement)" + NotAChildPlacement + @"|placement (?:en foyer|a l'ASE|en famille d'accueil|familial|en MECS|en institution|judiciaire|provisoire)|" +
        @"placement(?<=ordonnance de placement)|tiers digne de confiance|" +
        @"retiree?s? (?:a sa mere|a son pere|a ses parents|de sa famille|du domicile familial|de son milieu familial)";

    private const string VulnerableChildrenTriggers = "retir|ase|enfan|placé|confi|mecs|accue|tiers";

    private const string VulnerableChildMeasures =
        @"\bCRIP\b|(?<=informations? )preoccupantes?|\bAEMO\b|\bOPP\b|educative(?<=assistance educative)|" +
        @"educative(?<=mesure educative) (?:ordonnee|prononcee|decidee|confiee|exercee|en milieu ouvert|d'AEMO|du juge|par le juge)|" +
        @"\bMJIE\b|juge des enfants(?<=(?:saisine|saisi|saisie|audience|decision|ordonnance|jugement|convoquee?s?|devant|par) (?:du |le |la |de la )?juge des enfants)|" +
        @"jeune majeur(?<=(?:contrat|accueil provisoire) jeune majeur)|\bAPJM\b|pupille de l'etat|pupille de la nation|" +
        @"autorite parentale(?<=(?:delegation|retrait) (?:de l'|d')autorite parentale)|visites? mediatisees?|" +
        @"droit de visite mediatise|mineure? de \d+ ans|mineure? (?:isolee?|non accompagnee?)|\bMNA\b|" +
        @"autorite parentale(?<=(?:perdu|retire|retiree|privee? de|privation de|prive de) l'autorite parentale)|" +
        @"juge des tutelles(?<=(?:saisine|saisi|saisie|saisir|requete|audience|decision|ordonnance|jugement|convoquee?s?|devant|par|au) (?:du |le |la |de la )?juge des tutelles)";

    /// <summary>A child reported or found in danger, or running away: "un signalement au procureur", "en fugue", "carences éducatives".</summary>
    private const string VulnerableChildDanger =
        @"signalement(?:s)? (?:au procureur|au parquet|a la CRIP|a l'ASE|aupres du (?:procureur|parquet)|judiciaire|(?:a l'|aux )?autorites? judiciaires?)|" +
        @"signalee?s? (?:au procureur|au parquet|a la CRIP|a l'ASE|aux services sociaux|a la cellule)|" +
        @"signalement(?<=(?:l'objet d'un|fait un|faire un|son|leur|un nouveau) signalement)|" +
        @"fugue(?<=(?:en|sa|ses|nouvelle|plusieurs|fait une|fait des|de) fugue)s?\b|fugu(?:eu(?:r|se)s?|ee?s?)\b(?<=(?:a|ont|avait|avaient|est|etait) fugu\w+|fugueu\w+)|" +
        @"carences? (?:educatives?|de soins|affectives?|parentales?)|danger(?<=(?:mineure?s?|enfants?|enfance) en danger)|" +
        @"danger(?<=(?:est|etre|serait|sont|etait|soit) en danger) (?:au domicile|chez (?:sa|son|ses)|dans sa famille|aupres de (?:sa|son|ses))|" +
        @"AED\b(?<=(?:(?:mesure|une|en|sous) |d'|l')AED)|educative(?<=aide educative) a domicile|educative(?<=mesure judiciaire d'investigation educative)|" +
        @"placee?s? chez (?:ses|sa|son|un|une|des) (?:grands-parents|grand-mere|grand-pere|oncle|tante|tiers|proches)";

    private const string VulnerableChildDangerTriggers = "signa|fugue|fugué|caren|dange|aed|éduca|placé";

    private const string VulnerableChildMeasuresTriggers =
        "crip|préoc|aemo|opp|éduca|mjie|juge|jeune|apjm|pupil|autor|visit|droit|mineu|mna";

    private const string VulnerableProtection =
        @"protection(?<=sous protection)(?: juridique)?|tutelle\b(?<=(?:placee? )?sous tutelle)|curatelle\w*(?<=(?:placee? )?sous curatelle\w*)|" +
        @"sauvegarde de justice(?<=sous sauvegarde de justice)|sauvegarde de justice|curatelle\w*|\btutelle\b(?<!de tutelle)(?! (?:administrative|financiere|ministerielle|technique|pedagogique|de l'etat|du prefet|du ministere|de la region|du departement|de la commune))|" +
        @"tut(?:eur|rice) legale?|\bMJAGBF\b|familial(?<=aide a la gestion du budget familial)|tutelle aux prestations sociales|" +
        @"mesure de protection (?:juridique|des majeurs)|mesure de protection\b(?<=(?:une|sa|la|sous|d'une|cette) mesure de protection)(?! (?:de|des|du|contre|sanitaire|collective|individuelle|incendie)\b)|" +
        @"habilitation familiale|mandataire judiciaire (?:a la protection des majeurs )?de (?:M\.|Mme|Monsieur|Madame)|" +
        @"mandataire judiciaire(?<=(?:son|sa) mandataire judiciaire)|curat(?:eur|rice)\b(?<=(?:son|sa|leur|votre) curat(?:eur|rice))|" +
        @"curat(?:eur|rice) de (?:M\.|Mme|Monsieur|Madame)|\bMJPM\b|majeure? protegee?|mesure d'accompagnement (?:social personnalise|judiciaire)|" +
        @"\bMASP\b";

    private const string VulnerableProtectionTriggers =
        "prote|sauve|curat|tutel|tuteu|tutri|mjagb|famil|mesur|habil|manda|mjpm|majeu|masp";

    private const string VulnerableViolence =
        @"violences? (?:(?:physiques|verbales|psychologiques|sexuelles|economiques)(?:,? (?:et )?(?:physiques|verbales|psychologiques|sexuelles|economiques))* )?" +
        @"de la part (?:de |d')(?:son|sa|leur|ses)\b|" +
        @"violences? (?:conjugales?|intrafamiliales?|de (?:son|sa|leur) (?:conjoint|mari|compagnon|ex-\w+|pere|mere|beau-pere|" +
        @"concubin|partenaire))|victime d'(?:abus|attouchements|agression\w*|inceste|un viol|viol|exploitation|esclavage|" +
        @"un mariage force|excision|mutilations?)|victime de (?:violences|maltraitance|harcelement|traite|viol|prostitution|" +
        @"proxenetisme|mariage force|mutilations?|inceste|coups|menaces|son (?:conjoint|mari|compagnon|ex)|" +
        @"sa (?:conjointe|femme|compagne|mere|belle-mere))|faiblesse(?<=abus de faiblesse)|" +
        @"subi(?:r|t|ssait|ssaient|ssent)? des (?:violences|coups|maltraitances|menaces|agressions|attouchements|abus|humiliations)|" +
        @"emprise(?<=(?:situation|relation) d'emprise)|emprise(?<=sous emprise)|emprise(?<=sous l'emprise) (?:de son|de sa|de leur|du conjoint|" +
        @"du mari|du compagnon|psychologique)|" +
        @"violent(?<=(?:conjoint|mari|compagnon|ex-conjoint|ex-mari|ex-compagnon|concubin|pere) violent)|" +
        @"protection(?<=ordonnance de protection)|telephone (?:grave|grand) danger|\bTGD\b|(?<=femmes? )battues?|" +
        @"(?:battue?s?|frappee?s?|giflee?s?|violentee?s?|brutalisee?s?|etranglee?s?|agressee?s?|insultee?s?|humiliee?s?|" +
        @"sequestree?s?|violee?s?|harcelee?s?) par (?:son|sa|leur|ses) (?:(?:ancien|ancienne|actuel|actuelle|nouveau|nouvelle|propre) )?(?:conjoint|conjointe|mari|femme|epouse?|compagn\w+|ex|ex-\w+|concubin\w*|partenaire|pere|mere|" +
        @"beau-pere|belle-mere|parents|frere|soeur|fils|fille|oncle|petit-\w+)|excision|mutilations? sexuelles?|force(?<=mariage force)|etres humains(?<=traite des etres humains)|" +
        @"prostitu\w+|proxenet\w+|maltraitee?\b|maltraitance";

    private const string VulnerableViolenceTriggers =
        "viole|violé|victi|faibl|subi|subit|subis|empri|prote|télép|tgd|battu|excis|mutil|forcé|êtres|prost|proxé|maltr|frapp|gifl|" +
        "bruta|étran|agres|insul|humil|séque|harce";

    // ---- The four vocabularies -------------------------------------------------------------------

    public static readonly TermVocabulary HealthTerms = new(
        new("leave and work medicine", HealthLeave, HealthLeaveTriggers, HealthLeaveRegex()),
        new("pregnancy", HealthPregnancy, HealthPregnancyTriggers, HealthPregnancyRegex()),
        new("conditions", HealthConditions, HealthConditionsTriggers, HealthConditionsRegex()),
        new("injuries, symptoms and loss of autonomy", HealthInjuries, HealthInjuriesTriggers, HealthInjuriesRegex()),
        new("mental health and addictions", HealthMental, HealthMentalTriggers, HealthMentalRegex()),
        new("disability", HealthDisability, HealthDisabilityTriggers, HealthDisabilityRegex()),
        new("care", HealthCare, HealthCareTriggers, HealthCareRegex()),
        new("specialists, follow-up, surgery, emergency visits", HealthFollowUp, HealthFollowUpTriggers, HealthFollowUpRegex()));

    public static readonly TermVocabulary SpecialCategoryTerms = new(
        new("religion", SpecialReligion, SpecialReligionTriggers, SpecialReligionRegex()),
        new("politics and unions", SpecialPolitics, SpecialPoliticsTriggers, SpecialPoliticsRegex()),
        new("origin", SpecialOrigin, SpecialOriginTriggers, SpecialOriginRegex()),
        new("sexual orientation and gender identity", SpecialOrientation, SpecialOrientationTriggers, SpecialOrientationRegex()),
        new("biometric and genetic", SpecialBiometric, SpecialBiometricTriggers, SpecialBiometricRegex()));

    public static readonly TermVocabulary CriminalTerms = new(
        new("police and court procedure", CriminalProcedure, CriminalProcedureTriggers, CriminalProcedureRegex()),
        new("sentences and judicial measures", CriminalSentence, CriminalSentenceTriggers, CriminalSentenceRegex()),
        new("offences", CriminalOffence, CriminalOffenceTriggers, CriminalOffenceRegex()),
        new("assault", CriminalAssault, CriminalAssaultTriggers, CriminalAssaultRegex()),
        new("theft and fraud by their verb", CriminalTheft, CriminalTheftTriggers, CriminalTheftRegex()));

    public static readonly TermVocabulary VulnerableTerms = new(
        new("minimum benefits and social aid", VulnerableBenefits, VulnerableBenefitsTriggers, VulnerableBenefitsRegex()),
        new("debt, precariousness, dependence, isolation", VulnerableHardship, VulnerableHardshipTriggers, VulnerableHardshipRegex()),
        new("isolation and no income", VulnerableIsolation, VulnerableIsolationTriggers, VulnerableIsolationRegex()),
        new("housing and homelessness", VulnerableHousing, VulnerableHousingTriggers, VulnerableHousingRegex()),
        new("shelter and unfit housing", VulnerableShelter, VulnerableShelterTriggers, VulnerableShelterRegex()),
        new("eviction", VulnerableEviction, VulnerableEvictionTriggers, VulnerableEvictionRegex()),
        new("asylum and irregular stay", VulnerableAsylum, VulnerableAsylumTriggers, VulnerableAsylumRegex()),
        new("child protection: placement", VulnerableChildren, VulnerableChildrenTriggers, VulnerableChildrenRegex()),
        new("child protection: measures and courts", VulnerableChildMeasures, VulnerableChildMeasuresTriggers, VulnerableChildMeasuresRegex()),
        new("child protection: reports, danger, running away", VulnerableChildDanger, VulnerableChildDangerTriggers, VulnerableChildDangerRegex()),
        new("legal protection of adults", VulnerableProtection, VulnerableProtectionTriggers, VulnerableProtectionRegex()),
        new("violence and exploitation", VulnerableViolence, VulnerableViolenceTriggers, VulnerableViolenceRegex()));

    // Trigger lists of the four vocabularies, for the shared trigger pass (Context.TriggerWords).
    public static readonly string[] HealthTriggers = HealthTerms.Triggers;
    public static readonly string[] SpecialCategoryTriggers = SpecialCategoryTerms.Triggers;
    public static readonly string[] CriminalTriggers = CriminalTerms.Triggers;
    public static readonly string[] VulnerableTriggers = VulnerableTerms.Triggers;

    [GeneratedRegex(At + HealthLeave + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthLeaveRegex();
    [GeneratedRegex(At + HealthPregnancy + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthPregnancyRegex();
    [GeneratedRegex(At + HealthConditions + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthConditionsRegex();
    [GeneratedRegex(At + HealthInjuries + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthInjuriesRegex();
    [GeneratedRegex(At + HealthMental + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthMentalRegex();
    [GeneratedRegex(At + HealthDisability + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthDisabilityRegex();
    [GeneratedRegex(At + HealthFollowUp + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthFollowUpRegex();
    [GeneratedRegex(At + HealthCare + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex HealthCareRegex();
    [GeneratedRegex(At + SpecialReligion + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex SpecialReligionRegex();
    [GeneratedRegex(At + SpecialPolitics + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex SpecialPoliticsRegex();
    [GeneratedRegex(At + SpecialOrigin + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex SpecialOriginRegex();
    [GeneratedRegex(At + SpecialOrientation + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex SpecialOrientationRegex();
    [GeneratedRegex(At + SpecialBiometric + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex SpecialBiometricRegex();
    [GeneratedRegex(At + CriminalProcedure + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex CriminalProcedureRegex();
    [GeneratedRegex(At + CriminalSentence + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex CriminalSentenceRegex();
    [GeneratedRegex(At + CriminalOffence + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex CriminalOffenceRegex();
    [GeneratedRegex(At + CriminalTheft + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex CriminalTheftRegex();
    [GeneratedRegex(At + CriminalAssault + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex CriminalAssaultRegex();
    [GeneratedRegex(At + VulnerableBenefits + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableBenefitsRegex();
    [GeneratedRegex(At + VulnerableHardship + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableHardshipRegex();
    [GeneratedRegex(At + VulnerableIsolation + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableIsolationRegex();
    [GeneratedRegex(At + VulnerableChildDanger + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableChildDangerRegex();
    [GeneratedRegex(At + VulnerableShelter + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableShelterRegex();
    [GeneratedRegex(At + VulnerableHousing + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableHousingRegex();
    [GeneratedRegex(At + VulnerableEviction + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableEvictionRegex();
    [GeneratedRegex(At + VulnerableAsylum + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableAsylumRegex();
    [GeneratedRegex(At + VulnerableChildren + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableChildrenRegex();
    [GeneratedRegex(At + VulnerableChildMeasures + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableChildMeasuresRegex();
    [GeneratedRegex(At + VulnerableProtection + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableProtectionRegex();
    [GeneratedRegex(At + VulnerableViolence + End, Options, matchTimeoutMilliseconds: 1000)] private static partial Regex VulnerableViolenceRegex();
}
