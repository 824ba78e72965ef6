using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Name spellings and layouts beyond the common ones: accented first names the INSEE lists write
/// without accents, form fields, double, lower-case and elided particles, plural honorifics, first
/// names alone in the roles drafts give them, lists, hurried lower-case drafts; and towns, brands,
/// namesakes and common nouns that look like names.
/// </summary>
public class NameFormsTests
{
    [Theory]
    [InlineData("Bonjour, João Pereira a rappelé ce matin pour son dossier de bourse.", "João Pereira")]
    [InlineData("Le rendez-vous de Luís Fernandes est reporté à jeudi.", "Luís Fernandes")]
    [InlineData("Merci Inês,\nje regarde et je reviens vers toi.", "Inês")]
    [InlineData("Formulaire reçu.\nNom : GOMES Prénom : Rúben\nClasse : CM2", "GOMES")]
    [InlineData("Nom de naissance : Lacombe\nPrénom(s) : Albane, Marie", "Lacombe")]
    [InlineData("Prénom : Albane\nNom d'usage : Vidal-Roche", "Vidal-Roche")]
    [InlineData("Le courrier de Mme Hélène de La Tour est arrivé en retard.", "de La Tour")]
    [InlineData("Copie à M. Pieter van der Berg, conseiller.", "van der Berg")]
    [InlineData("Bien à vous,\nP. Lemoine\nService urbanisme", "P. Lemoine")]
    [InlineData("Message transmis par Chantal G. à l'accueil.", "Chantal G")]
    [InlineData("La fratrie : Tiago (8 ans) et Ana (5 ans) sont scolarisés à Seynod.", "Tiago")]
    [InlineData("Pour info, Jérôme est absent pour raisons médicales jusqu'à lundi.", "Jérôme")]
    public void NameIsFound(string text, string value) => Detect.Found(text, Categories.PersonName, value);

    [Theory]
    // A compound first name, then a lower-case or elided particle.
    [InlineData("Jean-Baptiste de La Roche est venu ce matin.", "Jean-Baptiste de La Roche")]
    [InlineData("Jean-Baptiste\u00A0de\u00A0La Roche est venu ce matin.", "Jean-Baptiste\u00A0de\u00A0La Roche")]
    [InlineData("Le courrier de Pieter van Dijk est arrivé.", "Pieter van Dijk")]
    [InlineData("Stéphane d'Aubigny a transmis le rapport.", "Stéphane d'Aubigny")]
    [InlineData("Stéphane d’Aubigny a transmis le rapport.", "Stéphane d’Aubigny")]
    // Plural honorifics, maiden names, kin words linked by "de".
    [InlineData("Mmes Petit et Morel sont convoquées.", "Morel")]
    [InlineData("MM. Durand, Lopez et Roy sont excusés.", "Roy")]
    [InlineData("Il s'agit de Mme Sow, née Diop.", "Diop")]
    [InlineData("La maman d'Inès a appelé ce matin.", "Inès")]
    [InlineData("Le papa de Zoé viendra la chercher.", "Zoé")]
    // First names sharing a surname, or listed together.
    [InlineData("Une réunion avec Jean et Marie Dubois est prévue.", "Jean")]
    [InlineData("Antoine et Julie sont en congé la semaine prochaine.", "Julie")]
    [InlineData("Cc : Karim, Julie", "Julie")]
    // A first name alone after a word that calls a person, a header label, before its service, with its class.
    [InlineData("Voir avec Baptiste.", "Baptiste")]
    [InlineData("Écris un mail à Stéphanie pour lui dire que sa demande de congé est acceptée.", "Stéphanie")]
    [InlineData("J'ai transmis le dossier à Yasmina hier soir.", "Yasmina")]
    [InlineData("Pièce jointe : CV_Ines_Benali.pdf", "Ines_Benali")]
    [InlineData("Merci à Thomas pour son aide.", "Thomas")]
    [InlineData("Dossier envoyé par Justine lundi.", "Justine")]
    [InlineData("D'après Lucie, le dossier est bloqué.", "Lucie")]
    [InlineData("De : Sandrine\nObjet : réunion de service", "Sandrine")]
    [InlineData("Relancer Gérard (service paie) pour le bulletin.", "Gérard")]
    [InlineData("Comme prévu, Valentin du service informatique a installé le poste.", "Valentin")]
    [InlineData("Emma (CM1) et Louis (CP) mangeront à la cantine.", "Louis")]
    [InlineData("Aurélie m'a transmis le dossier hier.", "Aurélie")]
    [InlineData("Tu peux la rappeler avant midi ? Merci, Julie", "Julie")]
    // "NOM Prénom" lists with a capitalised surname; "le mail de" is not a street's "mail".
    [InlineData("Participants : Dupont Jean, Lefebvre Anne, Moreau Hélène.", "Lefebvre Anne")]
    [InlineData("Liste :\n- Dupont Jean\n- Lefebvre Anne", "Dupont Jean")]
    [InlineData("Tu peux reformuler le mail de Nathalie Mercier ?", "Nathalie Mercier")]
    // Hurried drafts: no capitals, no space after the dot, "Mr".
    [InlineData("mme martin est absente ce matin.", "martin")]
    [InlineData("m. dupont a appelé ce matin.", "dupont")]
    [InlineData("Mr Dupont a téléphoné.", "Dupont")]
    [InlineData("M.Dupont a téléphoné.", "Dupont")]
    [InlineData("MME  MARTIN  Sophie a appelé.", "MARTIN  Sophie")]
    [InlineData("Le dossier de Me Bertrand, avocat de la famille, est arrivé.", "Bertrand")]
    // Lists of first names, mentions, names of any Latin script.
    [InlineData("Les enfants du couple, Léo et Manon, sont hébergés chez leur grand-mère.", "Léo")]
    [InlineData("Rayan, Lucas et Mohamed ont participé au chantier jeunes.", "Rayan")]
    [InlineData("@Sophie peux-tu regarder ce dossier ?", "Sophie")]
    [InlineData("Nguyễn Thị Hoa est inscrite au cours de français.", "Nguyễn Thị Hoa")]
    [InlineData("Łukasz Wiśniewski et Ayşe Öztürk ont déposé leur demande.", "Ayşe Öztürk")]
    [InlineData("Łukasz Wiśniewski a déposé sa demande.", "Łukasz Wiśniewski")]
    // Table columns under a name header (CSV, Markdown, tabs), whatever the cells' case.
    [InlineData("nom,prenom,age\nDupont,Jean,45\nZhang,Wei,38", "Zhang")]
    [InlineData("| Nom | Prénom | Service |\n|---|---|---|\n| Lefort | Anaïs | Accueil |", "Lefort")]
    [InlineData("Nom et prénom\tService\nKOWALSKI Piotr\tCTM", "KOWALSKI Piotr")]
    [InlineData("Service;Responsable;Budget\nCulture;Paul Girard;12000", "Paul Girard")]
    // Ranks and titles before a surname.
    [InlineData("L'adjudant-chef Morel et le brigadier Faure sont intervenus.", "Faure")]
    [InlineData("Rapport du brigadier-chef LEFEBVRE, police municipale.", "LEFEBVRE")]
    [InlineData("L'abbé Martin célébrera la messe.", "Martin")]
    public void WiderNameFormIsFound(string text, string value) => Detect.Found(text, Categories.PersonName, value);

    [Theory]
    [InlineData("Envoyer le dossier à la Préfecture, BP 2305, 74011 Annecy Cedex.")]
    [InlineData("Direction départementale, 12 place de la Préfecture, 38000 Grenoble CEDEX 9")]
    [InlineData("Le formulaire comporte un champ Nom : à remplir en majuscules.")]
    [InlineData("Voir l'annexe B. Synthèse des coûts, et l'article L. 2122-22 du CGCT.")]
    [InlineData("Réunion en Salle Marcel Pagnol à 18h, puis au gymnase Jean Bouin.")]
    [InlineData("La charte est validée. Rose est la couleur retenue ; Constance est une qualité attendue.")]
    public void PlacesAndLabelsAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);

    [Theory]
    [InlineData("Martin Luther King est cité dans le discours.")]
    [InlineData("Commande passée chez Leroy Merlin et Castorama.")]
    [InlineData("L'entreprise Martin Frères a livré les tables.")]
    [InlineData("Victoire doit être célébrée par toute l'équipe.")]
    [InlineData("Grâce et Espérance sont deux associations du quartier.")]
    [InlineData("Victoire de l'équipe locale au tournoi régional.")]
    [InlineData("Le Tour de France passera par Annecy le 14 juillet.")]
    [InlineData("Merci à France Services pour son accueil ; avec France Travail, nous accompagnons les demandeurs.")]
    [InlineData("Nous avons testé Alexa et Siri pendant la démonstration.")]
    [InlineData("madame la présidente, monsieur le préfet, mme la maire")]
    [InlineData("La tranchée fait 200 m. environ de long.")]
    [InlineData("Réunion à la salle Pierre Lamy, puis visite de l'école Jeanne d'Arc.")]
    [InlineData("Me voici enfin au bout du dossier ; écrivez-moi à contact@rumilly.fr.")]
    [InlineData("Les teintes retenues, Rose et Violette, seront livrées en mai.")]
    [InlineData("Indiquez vos nom, prénom et adresse.\nLe formulaire est disponible en mairie, à l'accueil.")]
    [InlineData("nom;prenom\nService;Direction\n12;34")]
    [InlineData("Partenariat avec Engie ; séjour à Lourdes et à Pau ; jumelage avec une commune du Mali.")]
    [InlineData("Travaux avenue du Général Leclerc et rue du Capitaine Ferber ; le général de Gaulle est cité.")]
    [InlineData("Le président de la République, le préfet de la Haute-Savoie et le maire de Rumilly.")]
    [InlineData("Réunion avec Teams à 10h, puis avec Zoom ; envoyé par Outlook pour Android.")]
    [InlineData("Bienvenue à Saint-Étienne, à Sainte-Marie et à Clermont-Ferrand ; rendez-vous à Dinan, à Vernon et à Fréjus.")]
    public void LookalikesOfWiderFormsAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);
}
