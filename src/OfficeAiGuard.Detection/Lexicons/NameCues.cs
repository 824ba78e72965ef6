namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>Small hand-made lists the name recognizer uses around the INSEE lists.</summary>
public static class NameCues
{
    private static WordSet Set(params string[] words) => new(words);

    /// <summary>Honorifics that introduce a name ("." already stripped from abbreviations).</summary>
    public static readonly WordSet Honorifics = Set(
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Monsieur", "Madame", "Mademoiselle", "Messieurs", "Mesdames",
        "Maître", "Maitre", "Dr", "Docteur", "Docteure", "Pr", "Professeur", "Professeure", "Me", "Mr");

    /// <summary>Plural honorifics: the names after them may be several ("MM. Durand et Lopez", "Mmes Petit, Morel et Roy").</summary>
    public static readonly WordSet PluralHonorifics = Set("MM", "Mmes", "Mlles", "Messieurs", "Mesdames");

    /// <summary>
    /// Particles that may follow a first name in lower case and still open a surname ("Jean-Baptiste de La Roche",
    /// "Pieter van Dijk"); "le", "la", "des" do not ("Rose la rouge").
    /// </summary>
    public static readonly WordSet LowerParticles = Set("de", "du", "da", "dos", "das", "di", "del", "della", "van", "von");

    /// <summary>Particles inside surnames: "Le Floch", "Da Fonseca", "El Khoury", "Ben Ahmed", "DE CASTELNAU".</summary>
    public static readonly WordSet Particles = Set(
        "le", "la", "de", "du", "des", "da", "dos", "das", "di", "del", "della", "van", "von", "der", "den", "ten", "el", "al",
        "ben", "bin", "ait", "aït", "abou", "ibn", "mac", "mc", "saint", "sainte", "lo", "y");

    /// <summary>Words that greet or call a person by the first name ("Bonjour Josiane,").</summary>
    public static readonly WordSet Greetings = Set(
        "Bonjour", "Bonsoir", "Coucou", "Salut", "Hello", "Cher", "Chère", "Chers", "Merci", "Bravo", "Re", "Hey", "Allô");

    /// <summary>Words after which the next line is usually a signature.</summary>
    public static readonly WordSet SignOffs = Set(
        "Cordialement", "Bises", "Bisous", "Merci", "Amitiés", "Amicalement", "Salutations", "toi", "vous", "journée",
        "soirée", "remerciements", "avance", "++", "Sincèrement", "Respectueusement", "distinguées", "beaucoup", "Signé");

    /// <summary>Words before a first name that show it is a child or a relative ("mon fils Amadou", "la petite Karima").</summary>
    public static readonly WordSet KinWords = Set(
        "fils", "fille", "petit", "petite", "enfant", "enfants", "frère", "sœur", "soeur", "mère", "père", "époux", "épouse",
        "mari", "femme", "compagnon", "compagne", "conjoint", "conjointe", "neveu", "nièce", "cousin", "cousine",
        "oncle", "tante", "grand-mère", "grand-père", "aîné", "aînée", "cadet", "cadette", "jeune", "bébé", "famille", "veuve", "veuf",
        "élève", "collègue", "agent", "usager", "usagère", "demandeur", "demandeuse", "candidat", "candidate", "stagiaire",
        "papa", "maman", "parent", "parents", "beau-père", "belle-mère", "beau-fils", "belle-fille", "petit-fils", "petite-fille",
        "grands-parents", "tuteur", "tutrice", "fiancé", "fiancée", "concubin", "concubine", "filleul", "filleule", "jumeau", "jumelle",
        "voisin", "voisine", "ami", "amie", "colocataire", "nourrisson", "ado", "adolescent", "adolescente",
        // Plurals ("mes filles Jade et Romane") and hurried spellings ("le frère ainé Kylian", "sa soeur").
        "filles", "frères", "sœurs", "soeurs", "garçon", "garçons", "fillette", "neveux", "nièces", "cousins", "cousines", "jumeaux",
        "jumelles", "petits-enfants", "ainé", "ainée", "frere", "pere", "mere", "epoux", "epouse");

    /// <summary>
    /// Words after which a first name alone, written with its capital in mid-sentence, is a person
    /// ("voir avec Baptiste", "envoyé par Justine", "selon Paul", "contacter Nadia").
    /// </summary>
    public static readonly WordSet PersonPrepositions = Set(
        "avec", "par", "selon", "chez", "d'après", "d’après", "contacter", "appeler", "rappeler", "relancer", "prévenir", "informer",
        "remercier", "solliciter", "laisse", "laisser", "voir", "recevoir", "reçu", "reçue", "vu", "vue", "croisé", "croisée", "aviser");

    /// <summary>Words that, followed by "à" or "de", make the next first name a person ("merci à Thomas", "la part de Lucie").</summary>
    public static readonly WordSet PersonVerbsBeforePreposition = Set(
        "merci", "demander", "demandé", "écrire", "écrit", "répondre", "répondu", "transmettre", "transmis", "envoyer", "envoyé",
        "dire", "dit", "parler", "parlé", "signaler", "signalé", "téléphoner", "téléphoné", "confier", "confié", "remettre", "remis",
        "part", "auprès", "adresser", "adressé", "proposer", "proposé", "expliquer", "expliqué", "annoncer", "annoncé", "rappel", "appel",
        "message", "mail", "courriel", "courrier", "demande", "absence", "retour", "remplacement", "remplaçant", "remplaçante",
        // "le dossier de Kevin", "la situation d'Inès", "le planning de Maëlle".
        "dossier", "situation", "inscription", "planning", "portable", "arrivée", "départ", "congé", "congés", "signature");

    /// <summary>The words next to a separator in a table's name-column header ("nom;", "| Prénom |", "last_name,").</summary>
    public static readonly WordSet NameHeaderWords = Set("nom", "noms", "prénom", "prenom", "prénoms", "prenoms", "name", "names");

    /// <summary>Labels of mail headers and form lines that a first name alone may follow ("De : Sandrine", "Contact : Nadia").</summary>
    public static readonly WordSet PersonLabels = Set(
        "De", "À", "A", "Cc", "Cci", "Pour", "Expéditeur", "Expéditrice", "Destinataire", "Destinataires", "Contact", "Interlocuteur",
        "Interlocutrice", "Référent", "Référente", "Signataire", "Rédacteur", "Rédactrice", "Auteur", "Autrice", "Demandeur",
        "Demandeuse", "Bénéficiaire", "Usager", "Usagère", "Agent", "Agente", "Parent", "Enfant", "Élève", "Candidat", "Candidate",
        "Stagiaire", "Tuteur", "Tutrice", "Conjoint", "Conjointe", "Signé", "Présents", "Présentes", "Excusés", "Excusées", "Absents",
        "Absentes", "Copie", "Participants", "Participantes", "Responsable", "Correspondant", "Correspondante", "Prénom", "Prénoms");

    /// <summary>
    /// First names that are also common French nouns: at the start of a sentence, before a verb, they are
    /// more often the noun ("Victoire doit être célébrée", "Marine souhaite recruter").
    /// </summary>
    public static readonly WordSet WordLikeFirstNames = Set(
        "Victoire", "Marine", "Aurore", "Grâce", "Grace", "Espérance", "Prudence", "Constance", "Rose", "Olive", "Fleur", "Chance",
        "Soleil", "Ciel", "Reine", "Patience", "Félicité", "Fidèle", "Modeste", "Prince", "Ange", "Lune", "Étoile", "Ambre", "Jade",
        "Capucine", "Violette", "Marguerite", "Colombe", "Perle", "Iris", "Mélodie", "Harmonie", "Clémence", "Liberté", "Avril",
        "Océane", "Azur", "Lys", "Bleuet", "Pervenche", "Églantine", "Myrtille", "Cerise", "Prune", "Datte", "Miel", "Cannelle",
        "Dauphine", "Princesse", "Baron", "Marquis", "Désiré", "Aimé", "Parfait", "Placide", "Sage", "Juste", "Loyal", "Vaillant");

    /// <summary>
    /// First names that are also towns abroad: after "pour" or before a verb in the future they are more often the town
    /// ("le jumelage avec Florence", "Florence accueillera le festival").
    /// </summary>
    public static readonly WordSet PlaceLikeFirstNames = Set(
        "Florence", "Sydney", "Victoria", "Adélaïde", "Charlotte", "Savannah", "Georgia", "Virginia", "Venise", "Vérone", "Sienne",
        "Alexandrie", "Austin", "Dallas", "Orlando", "Jackson", "Lincoln", "Salem", "Nazareth", "Bethléem", "Jordan", "Aude",
        // French communes of 5,000 inhabitants or more whose name the INSEE first-name list holds (not those of NotNames, nor
        // the Saint- compounds, nor Albert and Koné, far more often persons), from @etalab/decoupage-administratif 6.0.0
        // (data: Licence Ouverte, Etalab): "habite à Massy", "Antony accueillera le congrès".
        "Antony", "Massy", "Gagny", "Liévin", "Orly", "Royan", "Meylan", "Saran", "Lucé", "Mahina", "Marly", "Pia", "Sada", "Mana",
        "Clermont", "Marck", "Nouméa", "Isbergues", "Villars", "Péronne", "Lucciana", "Othis", "Cassis", "Elven", "Héric", "Arès",
        "Embrun", "Nandy", "Briec", "Melle", "Delle");

    /// <summary>Verbs before "à" that address a person, even one named like a town ("j'ai écrit à Florence").</summary>
    public static readonly WordSet VerbsToAPerson = Set(
        "écrit", "écrire", "écris", "écrivez", "répondre", "répondu", "réponds", "transmettre", "transmis", "transmets", "envoyer",
        "envoyé", "envoie", "dire", "dit", "dis", "parler", "parlé", "demander", "demandé", "demande", "téléphoner", "téléphoné",
        "merci", "confier", "confié", "remettre", "remis", "adresser", "adressé", "expliquer", "expliqué", "annoncer", "annoncé",
        "signaler", "signalé", "proposer", "proposé", "donner", "donné", "rappeler", "rappelé");

    /// <summary>Jobs and roles a first name is put in apposition to ("Lucie, agent d'accueil, a reçu…").</summary>
    public static readonly WordSet RoleWords = Set(
        "agent", "agente", "assistant", "assistante", "secrétaire", "directeur", "directrice", "chef", "cheffe", "responsable",
        "gestionnaire", "conseiller", "conseillère", "chargé", "chargée", "technicien", "technicienne", "éducateur", "éducatrice",
        "animateur", "animatrice", "infirmier", "infirmière", "coordinateur", "coordinatrice", "coordonnateur", "coordonnatrice",
        "référent", "référente", "adjoint", "adjointe", "stagiaire", "apprenti", "apprentie", "policier", "policière",
        "instructeur", "instructrice", "juriste", "comptable", "psychologue", "médecin", "puéricultrice", "auxiliaire",
        "rédacteur", "rédactrice", "attaché", "attachée", "ingénieur", "ingénieure", "élu", "élue", "collègue", "atsem");

    /// <summary>Ranks and titles before a surname: "le capitaine Durand", "l'adjudant-chef Morel", "l'abbé Martin".</summary>
    public static readonly WordSet Titles = Set(
        "capitaine", "lieutenant", "commandant", "colonel", "général", "adjudant", "adjudant-chef", "brigadier", "brigadier-chef",
        "sergent", "sergent-chef", "caporal", "caporal-chef", "gendarme", "abbé", "pasteur", "rabbin", "imam", "sœur", "soeur", "frère",
        "père", "mère", "président", "présidente", "maire", "préfet", "préfète", "juge", "procureur", "procureure", "inspecteur",
        "inspectrice", "commissaire", "instituteur", "institutrice",
        // Plural ranks cover each name after them: "les brigadiers Morel et Haddad", "capitaines Roy, Petit et Lenoir".
        "capitaines", "lieutenants", "commandants", "adjudants", "adjudants-chefs", "brigadiers", "brigadiers-chefs", "sergents",
        "caporaux", "gendarmes", "inspecteurs", "inspectrices", "commissaires", "juges",
        // Officers named by their duty (not "agent": "Agent Technique Principal" heads job ads): "les policiers Roux et Navarro", "le gardien Lopes".
        "policier", "policière", "policiers", "gardien", "gardienne", "gardiens", "surveillant", "surveillante", "surveillants");

    /// <summary>Labels of an attendance list whose items are names ("Membres présents : Le Goff, Berthelot, Mme Sanogo").</summary>
    public static readonly WordSet AttendanceLabels = Set(
        "présents", "présentes", "presents", "excusés", "excusées", "excuses", "absents", "absentes", "participants", "participantes",
        "assistaient", "émargement");

    /// <summary>Words before a family name: "famille DE CASTELNAU", "Famille Allard".</summary>
    public static readonly WordSet FamilyWords = Set("famille", "familles", "époux", "épouse", "consorts", "foyer", "ménage", "veuve",
        "née", "nées", "dite", "alias", "prénommé", "prénommée", "prénommés", "prénommées", "dénommé", "dénommée", "surnommé", "surnommée");

    /// <summary>Capitalised words that look like names but are not (INSEE lists hold many French words).</summary>
    public static readonly WordSet NotNames = Set(
        "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "D", "Elle", "Il", "Ils", "Elles", "On", "Nous", "Vous", "Je", "Tu",
        "Son", "Sa", "Ses", "Mon", "Ma", "Mes", "Ton", "Ta", "Tes", "Notre", "Votre", "Leur", "Leurs", "Ce", "Cet", "Cette", "Ces",
        "Si", "Et", "Ou", "Mais", "Donc", "Or", "Ni", "Car", "Que", "Qui", "Quoi", "Pour", "Par", "Sur", "Sous", "Dans", "Avec",
        "Sans", "Chez", "Entre", "Vers", "Depuis", "Après", "Avant", "Pendant", "Selon", "Bonne", "Bon", "Belle", "Beau", "Maire",
        "Iban", "Rib", "Trésor", "Paris", "France", "Lyon", "Marseille", "Nice", "Nancy", "Valence", "Orange", "Vienne",
        "Objet", "Merci", "Bonjour", "Bonsoir", "Madame", "Monsieur", "Mademoiselle", "Cordialement", "Signature", "Signé",
        "Rapport", "Note", "Dossier", "Service", "Direction", "Mairie", "Ville", "Commune", "Conseil", "Président", "Présidente",
        "Directeur", "Directrice", "Adjoint", "Adjointe", "Agent", "Chef", "Cheffe", "Responsable", "Gestionnaire", "Assistante",
        "Assistant", "Chargé", "Chargée", "Conseiller", "Conseillère", "Secrétaire", "Technicien", "Technicienne", "Première",
        "Premier", "Vice", "Pôle", "Centre", "Maison", "Agence", "Caisse", "Banque", "Travail", "Emploi", "Santé", "Sécurité",
        "Département", "Région", "État", "République", "Préfecture", "Tribunal", "Police", "Gendarmerie", "Éducation",
        "Nationale", "Croix", "Rouge", "Saint", "Sainte", "Notre-Dame", "Objet", "Réf", "Date", "Tél", "Mail", "Email",
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche", "Janvier", "Février", "Mars", "Avril", "Mai",
        "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre", "Noël", "Pâques", "Toussaint", "Dieu",
        "Oui", "Non", "Ok", "Très", "Tout", "Tous", "Toute", "Toutes", "Aucun", "Aucune", "Chaque", "Plusieurs", "Peu",
        "Comme", "Quand", "Lorsque", "Puis", "Enfin", "Ensuite", "Alors", "Ainsi", "Aussi", "Encore", "Déjà", "Bien",
        "Rue", "Avenue", "Place", "Boulevard", "Allée", "Impasse", "Chemin", "Route", "Quai", "Résidence", "Bâtiment",
        "Total", "Montant", "Budget", "Annexe", "Article", "Code", "Loi", "Décret", "Arrêté", "Délibération", "Prénom", "Nom",
        "Excusé", "Excusée", "Présents", "Présent", "Absents", "Absent", "Copie", "Pièce", "Pièces", "Destinataire", "Expéditeur",
        "Renault", "Peugeot", "Citroën", "Dacia", "Toyota", "Ford", "Master", "Kangoo", "Clio", "Twingo", "Partner", "Berlingo",
        "Trafic", "Jumpy", "Expert", "Transit", "Scenic", "Scénic", "Alexa", "Siri", "Cortana", "Annecy",
        // Towns, regions and countries the INSEE first-name list also holds ("à Lourdes", "au Mali", "avec Engie").
        "Lourdes", "Pau", "Albi", "Lens", "Roanne", "Provence", "Alsace", "Lorraine", "Italie", "Mali", "Chine", "Inde", "India",
        "Brésil", "Argentine", "Israël", "Israel", "Liban", "Engie", "Dinan", "Fréjus", "Vernon", "Alès",
        // Company-name endings: "Martin Frères", "Durand & Fils", "Garnier Immobilier".
        "Frères", "Fils", "Associés", "Cie", "Immobilier", "Transports", "Services", "Consulting", "Distribution", "Construction",
        // Offices after an honorific: "Monsieur Le Préfet", "Madame la Sous-Préfète".
        "Préfet", "Préfète", "Sous-Préfet", "Sous-Préfète", "Procureur", "Procureure", "Sénateur", "Sénatrice", "Député", "Députée",
        "Ministre", "Recteur", "Rectrice", "Trésorier", "Trésorière", "Commissaire", "Payeur", "Délégué", "Déléguée",
        "Vice-Président", "Vice-Présidente", "Maires", "Conseillers", "Inspecteur", "Inspectrice", "Médiateur", "Médiatrice",
        "Habitat", "Groupe", "Industries", "Bâtiment", "Paysages", "Informatique", "Conseils", "Vacances", "Ah", "Oh", "Bises", "Salut", "Coucou", "Hello", "Cher", "Chère", "Famille", "Patrimoine", "Musée", "Église", "Gare");

    /// <summary>Words that, a few words before, show a name belongs to a place: street, school, building.</summary>
    public static readonly WordSet PlaceWords = Set(
        "rue", "avenue", "av", "boulevard", "bd", "place", "impasse", "allée", "chemin", "route", "quai", "cours", "square", "passage",
        "résidence", "lotissement", "hameau", "faubourg", "cité", "voie", "sentier", "parvis", "esplanade", "promenade", "pont",
        "école", "écoles", "collège", "lycée", "groupe", "gymnase", "stade", "salle", "médiathèque", "bibliothèque", "centre",
        "maison", "espace", "parc", "jardin", "jardins", "square", "hôpital", "clinique", "ehpad", "foyer", "crèche", "halle",
        "théâtre", "piscine", "complexe", "parking", "musée", "conservatoire", "institut", "université", "campus", "fondation",
        "prix", "lycées", "collèges", "stations", "station", "métro", "tram", "arrêt", "quartier", "zone", "zac", "bâtiment",
        "auditorium", "amphithéâtre", "amphi", "rond-point", "carrefour", "port", "aéroport", "mail", "villa", "domaine", "clos",
        "association", "fondation", "club", "cinéma", "gare", "boulodrome", "dojo", "base", "pavillon", "palais", "hôtel",
        "résidences", "établissement", "pôle", "relais", "campus", "lieu-dit", "plateau", "terrain", "skatepark",
        // Shops and firms named after their owner are organisations: "la boulangerie Martin", "Garage Dupont", "cabinet Durand".
        "boulangerie", "pâtisserie", "boucherie", "charcuterie", "épicerie", "librairie", "pharmacie", "garage", "cabinet",
        "entreprise", "société", "sté", "établissements", "ets", "menuiserie", "plomberie", "quincaillerie", "fromagerie",
        "poissonnerie", "restaurant", "brasserie", "café", "bar", "taxi", "taxis", "ambulances", "auto-école", "laboratoire",
        "imprimerie", "carrosserie", "traiteur", "pressing", "magasin", "supérette", "cave", "auberge", "camping", "ferme",
        "scierie", "maçonnerie", "électricité", "serrurerie", "vitrerie", "miroiterie", "pompes", "funérarium", "opticien");

    /// <summary>
    /// Place words that are also ordinary words: followed by "de" and the name, they are its owner's
    /// ("le mail de Nathalie", "le groupe de Karim", "la maison de Pierre"), not a place named after it.
    /// </summary>
    public static readonly WordSet OrdinaryPlaceWords = Set(
        "mail", "groupe", "base", "prix", "club", "relais", "maison", "centre", "espace", "terrain", "plateau", "pôle", "foyer",
        "association", "fondation", "domaine", "villa", "clos", "jardin", "parc", "salle", "établissement", "bâtiment", "port",
        // "le garage de Pierre", "la cave de Mme Roux": the person's own.
        "garage", "cabinet", "entreprise", "société", "magasin", "cave", "ferme", "restaurant", "café", "bar", "laboratoire");

    /// <summary>
    /// First names that AI assistants and models are named like ("Albert", the State's assistant; "Claude", "Lucie",
    /// "Mistral"): with an AI word in their sentence they are tools, not persons.
    /// </summary>
    public static readonly WordSet AiAssistantNames = Set(
        "Albert", "Claude", "Lucie", "Mistral", "Copilot", "Gemini", "Siri", "Alexa", "Cortana", "Bard", "Grok", "Llama", "Ernie",
        "Jasper", "Perplexity");

    /// <summary>Words that make the sentence of an assistant-like first name about an AI tool (see <see cref="AiAssistantNames"/>).</summary>
    public static readonly WordSet AiWords = Set(
        "IA", "AI", "chatbot", "chatbots", "LLM", "GPT", "ChatGPT", "OpenAI", "Anthropic", "généré", "générée", "générés",
        "générées", "génératif", "générative", "génératifs", "génératives", "prompt", "prompts", "conversationnel",
        "conversationnelle", "robot", "algorithme", "artificielle");

    /// <summary>
    /// "l'assistant", "l'outil": AI words only when nothing tells a role ("Albert, l'outil, propose…", "Lucie, notre
    /// assistant virtuel"), not "assistant de prévention", "outil de planning".
    /// </summary>
    public static readonly WordSet AiToolNouns = Set("assistant", "outil", "agent");

    /// <summary>
    /// Words before a first name that is also a town ("le jumelage avec Florence", "la délégation s'est rendue à
    /// Florence"): the town is meant.
    /// </summary>
    public static readonly WordSet TownContextWords = Set(
        "jumelage", "jumelée", "jumelé", "jumelles", "ville", "villes", "commune", "communes", "séjour", "voyage", "vol", "train",
        "déplacement", "rendu", "rendue", "rendus", "rendues", "partis", "parties", "partira", "partiront", "délégation",
        "partenariat", "coopération", "échange", "échanges", "liaison", "habitants", "située", "situé", "aller", "allés",
        "allées", "retour", "escale", "direction", "arrivés", "arrivées", "destination", "congrès", "salon", "festival");

    /// <summary>Famous people streets and schools are named after: not the person in the draft.</summary>
    public static readonly WordSet FamousNamesakes = Set(
        "Jules Ferry", "Victor Hugo", "Jean Moulin", "Jean Jaurès", "Simone Veil", "Louise Michel", "Anatole France",
        "Aristide Briand", "Lucie Aubrac", "Émile Zola", "Pierre Brossolette", "Paul Bert", "Charles de Gaulle",
        "Georges Brassens", "Jacques Prévert", "Marie Curie", "Pierre Curie", "Louis Pasteur", "Jean Macé", "Paul Langevin",
        "Gabriel Péri", "Léon Blum", "Jean Zay", "Albert Camus", "Antoine de Saint-Exupéry", "Marcel Pagnol", "Jean de La Fontaine",
        "Jean Monnet", "Robert Schuman", "Maurice Ravel", "Claude Debussy", "Frédéric Mistral", "Alphonse Daudet", "George Sand",
        "Colette", "Olympe de Gouges", "Rosa Parks", "Nelson Mandela", "Martin Luther King", "Paul Éluard", "Louis Aragon",
        "Romain Rolland", "Henri Barbusse", "Danielle Casanova", "Pablo Picasso", "Jean Rostand", "Paul Valéry", "Jean Giono",
        "Jean Mermoz", "Jean Bart", "Roger Salengro", "Édouard Herriot", "Édouard Vaillant", "Jean Vilar", "Joséphine Baker",
        "Gustave Eiffel", "Clément Ader", "Camille Claudel", "Molière", "Voltaire", "Lamartine", "Gambetta", "Pasteur",
        "Condorcet", "Montesquieu", "Diderot", "Rabelais", "Descartes", "Jean-Jacques Rousseau", "Honoré de Balzac",
        "Guy de Maupassant", "Alexandre Dumas", "Jules Verne", "Arthur Rimbaud", "Paul Verlaine", "Charles Péguy", "Marcel Cachin",
        "Pierre Mendès France", "François Mitterrand", "Jacques Chirac", "Georges Pompidou", "Gustave Flaubert", "Simone de Beauvoir",
        "Germaine Tillion", "Geneviève de Gaulle", "Marie Marvingt", "Irène Joliot-Curie", "Frédéric Joliot-Curie", "Henri Matisse",
        "Claude Monet", "Auguste Renoir", "Paul Cézanne", "Vincent van Gogh", "Hector Berlioz", "Jean Racine", "Pierre Corneille",
        "Denis Diderot", "Marc Bloch", "Lazare Carnot", "Sadi Carnot", "Jean Lurçat", "Youri Gagarine", "Salvador Allende",
        "Pierre de Coubertin", "Léo Lagrange", "Jean Bouin", "Suzanne Lenglen", "Marcel Cerdan", "Louis Armand", "Jean Mermoz",
        "Louise Weiss", "Françoise Dolto", "Maria Montessori", "Célestin Freinet", "Jean Piaget", "Paul Doumer", "Raymond Poincaré",
        "Albert Schweitzer", "Abbé Pierre", "Mère Teresa", "Martin Luther", "Ambroise Paré", "Jacques Cartier", "Samuel de Champlain",
        "Martin Luther King", "Jeanne d'Arc", "de Gaulle", "Leclerc", "Foch", "Joffre", "Jeanne d’Arc", "Louis de Broglie", "Valéry Giscard d'Estaing",
        // Brands and companies named after their founders.
        "Leroy Merlin", "Yves Rocher", "Pierre Fabre", "Louis Vuitton", "Christian Dior", "Hugo Boss", "Jean Lefebvre", "Marcel Dassault",
        "Guy Degrenne", "Jacques Vabre", "Paul Boyé", "Bernard Tapie");

    /// <summary>Upper-case words that are acronyms of French public life, never surnames.</summary>
    public static readonly WordSet Acronyms = Set(
        "CCAS", "CIAS", "CAF", "MSA", "RSA", "AAH", "APA", "PCH", "ASE", "MDPH", "EHPAD", "CHU", "CHRS", "SIAO", "CPAM", "ARS", "DGS",
        "DGST", "DGA", "DRH", "RH", "DSI", "RGPD", "CNIL", "CNI", "NIR", "INS", "IBAN", "RIB", "BIC", "SIRET", "SIREN", "TVA", "PMI",
        "CMP", "PAI", "CST", "CAP", "CT", "CHSCT", "CNFPT", "CDG", "UDAF", "SPIP", "PJJ", "OPP", "AEMO", "AED", "CSS", "AME", "PUMA",
        "FSL", "APL", "ALS", "ASPA", "ASS", "ASF", "GIR", "RQTH", "CE", "CP", "CM", "CE1", "CE2", "CM1", "CM2", "CPE", "ATSEM", "AESH",
        "ULIS", "SEGPA", "IME", "ITEP", "SESSAD", "ESAT", "FAM", "MAS", "SAVS", "SAMSAH", "CMPP", "CLS", "CLSM", "CCAS", "CD", "CR",
        "PV", "TIG", "GAV", "OQTF", "SMS", "PDF", "URL", "API", "IA", "AI", "OK", "HT", "TTC", "SMIC", "RSA", "PME", "TPE", "SA",
        "SAS", "SARL", "EURL", "SCI", "SEM", "SPL", "EPCI", "EPA", "EPIC", "SIVU", "SIVOM", "SDIS", "SAMU", "SMUR", "VTC", "SNCF",
        "RATP", "EDF", "GDF", "ENGIE", "SFR", "FO", "CGT", "CFDT", "CFTC", "CFE", "CGC", "UNSA", "FSU", "SUD", "LFI", "RN", "LR",
        "PS", "PCF", "EELV", "UDI", "DGFIP", "URSSAF", "INSEE", "ANTS", "OFII", "CESEDA", "CASF", "CGCT", "CRPA", "JO", "BO",
        "EPS", "TP", "TD", "ETP", "VL", "PL", "CV", "NB", "PS", "PJ", "RDV", "FAQ", "DPO", "RSSI", "SI", "CMS", "BTP", "VRD",
        "DUP", "PLU", "PLUI", "SCOT", "ZAC", "QPV", "PRU", "ANRU", "OPH", "HLM", "SEM", "ESH", "DALO", "DAHO", "SDF", "SAMU", "PASS",
        "CHS", "CMU", "ALD", "AT", "MP", "CLM", "CLD", "CGOS", "CNRACL", "IRCANTEC", "RAFP", "RIFSEEP", "IFSE", "CIA", "NBI",
        "ATTENTION", "URGENT", "IMPORTANT", "NB", "PS", "OBJET", "CONFIDENTIEL", "RAPPEL", "INFO", "TEST", "FIN", "DEBUT", "NOTE",
        "COMPTE", "RENDU", "ORDRE", "JOUR", "PROJET", "ANNEXE", "TITRE", "CHAPITRE", "PARTIE", "SYNTHESE", "SYNTHÈSE", "CONTEXTE",
        "SITUATION", "DEMANDE", "DECISION", "DÉCISION", "AVIS", "VU", "CONSIDERANT", "CONSIDÉRANT", "ARRETE", "ARRÊTE", "ARTICLE");
}

/// <summary>
/// A case-insensitive set of words tested with spans, without allocation; the span lookup is
/// obtained once (getting it per call costs an interface type check on every word).
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly WordFilter _filter = new();

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _words) _filter.Add(w);
    }

    public bool Has(ReadOnlySpan<char> word) => _filter.MayContain(word) && _lookup.Contains(word);

    public bool Contains(string word) => _words.Contains(word);

    public int Count => _words.Count;
}
