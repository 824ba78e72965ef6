using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Classes of French phrasing that the vocabularies missed on drafts written by others (benefits
/// named by a verb or a label, child-protection measures, violence "de la part de", emergency
/// care and injuries, symptoms, dependence, driving while the licence is withdrawn, threats with
/// a weapon, ethnic group stated, same-sex partnership, religious wedding or conversion, a place
/// on a political list), each in sentences of our own; the service names, job titles, options and
/// policy mentions that must stay quiet; and the sentence shapes that hid a person (a plural
/// subject before a clause about someone, a year read as a count, pseudonymised prompts).
/// </summary>
public class SensitivePhrasingClassesTests
{
    [Theory]
    // benefits: verb, label or apposition
    [InlineData("Depuis la séparation, M. Robin perçoit le RSA majoré.", "perçoit le RSA majoré")]
    [InlineData("Depuis mars, elle touche le RSA socle et l'AAH.", "touche le RSA socle")]
    [InlineData("Allocataire du RSA depuis 2020, M. Leroy est suivi par le PLIE.", "Allocataire du RSA")]
    [InlineData("Beneficiaire du RSA majore, Mme Diallo eleve seule ses deux enfants.", "Beneficiaire du RSA majore")]
    [InlineData("Le couple ne vit que de l'AAH de Monsieur Faure.", "vit que de l'AAH")]
    [InlineData("Elle est allocataire de la CAF au titre du RSA majoré.", "au titre du RSA majoré")]
    [InlineData("Nom : DUPUIS | Prénom : Léa | Situation : RSA socle | Montant : 80 €", "RSA socle")]
    [InlineData("Nom : COLIN | Prénom : Marc | Ressources : AAH et prime d'activité", "AAH")]
    [InlineData("Le département instruit la demande d'aide sociale à l'hébergement de votre père.", "aide sociale à l'hébergement")]
    // child protection
    [InlineData("Le collège a transmis une information préoccupante concernant Théo Morel.", "information préoccupante")]
    [InlineData("[ENFANT_1] fait l'objet d'une mesure d'AEMO depuis mars.", "AEMO")]
    [InlineData("Depuis son placement en septembre, Noah a repris l'école.", "son placement")]
    [InlineData("Le service propose pour Lina Morel la prolongation du placement jusqu'en juin.", "prolongation du placement")]
    [InlineData("Les deux garçons de Mme Keita sont suivis dans le cadre d'une mesure éducative ordonnée par le juge.", "mesure éducative")]
    [InlineData("Elle vit en famille d'accueil depuis ses six ans.", "vit en famille d'accueil")]
    [InlineData("Il a été accueilli chez une assistante familiale par décision du juge des enfants.", "juge des enfants")]
    // violence
    [InlineData("Mme Vidal dit subir des violences de la part de son ex-mari depuis deux ans.", "subir des violences")]
    [InlineData("Elle décrit des violences physiques et verbales de la part de son conjoint.", "violences physiques et verbales de la part de son conjoint")]
    [InlineData("Mme Roche a déclaré avoir été frappée par son mari samedi soir.", "frappée par son mari")]
    [InlineData("Selon l'enseignante, Noé est régulièrement giflé par son beau-père.", "giflé par son beau-père")]
    [InlineData("Mme Petit indique avoir été violée par son ancien compagnon.", "violée par son ancien compagnon")]
    // housing
    [InlineData("Mme Klein est hébergée depuis trois semaines au CHRS de Colmar.", "hébergée depuis trois semaines au CHRS")]
    [InlineData("Il est actuellement hébergé en centre d'hébergement d'urgence.", "hébergé en centre d'hébergement")]
    [InlineData("M. Petit a reçu une assignation devant le juge des contentieux de la protection.", "assignation devant le juge")]
    [InlineData("À 17 ans, Yanis a été mis à la porte par ses parents et dort chez des amis.", "mis à la porte par ses parents")]
    [InlineData("Sortant du CHRS, M. Kowalski s'installe dans un T1.", "Sortant du CHRS")]
    [InlineData("Le bailleur de Mme Roy a saisi le juge aux fins de résiliation du bail.", "aux fins de résiliation du bail")]
    public void VulnerablePhrasings(string text, string value) => Detect.Found(text, Categories.Vulnerable, value);

    [Theory]
    // injuries and emergency care
    [InlineData("Elle présentait une ecchymose sur la joue droite.", "ecchymose")]
    [InlineData("L'agent a une plaie à la main gauche qui a été suturée.", "plaie à la main")]
    [InlineData("M. Roux souffre d'une entorse de la cheville.", "entorse de la cheville")]
    [InlineData("Les pompiers l'ont transporté aux urgences pour des examens.", "transporté aux urgences")]
    [InlineData("L'enfant a été conduit au centre hospitalier pour une surveillance.", "conduit au centre hospitalier")]
    [InlineData("L'enfant présente des marques de coups sur les bras.", "marques de coups sur les bras")]
    [InlineData("Elle avait des bleus sur le visage, selon l'enseignante.", "bleus sur le visage")]
    [InlineData("Il a été mordu au mollet par le chien du voisin.", "mordu au mollet")]
    // symptoms
    [InlineData("Le résident présente une détresse respiratoire depuis la nuit.", "détresse respiratoire")]
    [InlineData("Elle a eu des vomissements toute la matinée.", "vomissements")]
    [InlineData("M. Lenoir était déshydraté à l'arrivée des secours.", "déshydraté")]
    [InlineData("Sa voisine signale qu'il a une perte de poids importante.", "perte de poids")]
    [InlineData("Elle a perdu 10 kg en deux mois.", "perdu 10 kg")]
    // dependence
    [InlineData("Mme Colas ne peut plus se lever seule depuis sa chute.", "se lever seule")]
    [InlineData("Depuis le décès de sa femme, M. Blanc ne se lave plus.", "ne se lave plus")]
    [InlineData("Il ne parvient plus à s'habiller sans aide.", "s'habiller sans aide")]
    // addictions, psychiatric stays, disability card
    [InlineData("Des voisins signalent que le père est régulièrement alcoolisé.", "alcoolisé")]
    [InlineData("Elle est à l'AAH depuis 2019 et suivie en addictologie pour une dépendance aux benzodiazépines.", "addictologie")]
    [InlineData("Plusieurs rendez-vous ont été annulés à cause de ses hospitalisations en psychiatrie.", "hospitalisations")]
    [InlineData("Mme Bourdon est titulaire de la carte mobilité inclusion.", "carte mobilité inclusion")]
    [InlineData("Il est dépendant aux somnifères depuis son divorce.", "dépendant aux somnifères")]
    public void HealthPhrasings(string text, string value) => Detect.Found(text, Categories.Health, value);

    [Theory]
    [InlineData("M. Marchal a conduit le camion alors que son permis lui avait été retiré.", "permis lui avait été retiré")]
    [InlineData("Il circulait malgré une suspension administrative de son permis.", "permis")]
    [InlineData("Le conducteur, M. Faye, roulait malgré la suspension de son permis de conduire.", "roulait malgré la suspension")]
    [InlineData("Le 3 mai, il a menacé sa voisine avec un couteau.", "menacé sa voisine avec un couteau")]
    [InlineData("Il a menacé le gardien avec une barre de fer.", "menacé le gardien avec une barre")]
    [InlineData("Le jeune a menacé son professeur de le frapper.", "menacé son professeur de le frapper")]
    [InlineData("Il a sorti un couteau et a menacé l'agent d'accueil.", "sorti un couteau")]
    [InlineData("M. Leroy a frappé un agent de la police municipale.", "frappé un")]
    [InlineData("Il a giflé et bousculé sa voisine dans l'escalier.", "giflé et bousculé sa")]
    [InlineData("Il a été arrêté en possession de cannabis.", "arrêté en possession")]
    [InlineData("Le jeune est convoquer devant le juge des enfants en mars.", "convoquer devant le juge")]
    public void CriminalPhrasings(string text, string value) => Detect.Found(text, Categories.Criminal, value);

    [Theory]
    [InlineData("Je reçois demain Mme Yilmaz et son mari. La famille est kurde et vient de Van.", "kurde")]
    [InlineData("M. Ahmadi est pachtoune, il a fui l'Afghanistan en 2021.", "pachtoune")]
    [InlineData("Elle se pacse avec sa compagne le 12 juin.", "pacse avec sa compagne")]
    [InlineData("Mme Fleury, mariée avec son épouse depuis 2019, demande un congé.", "mariée avec son épouse")]
    [InlineData("Il est pacsé avec son compagnon depuis trois ans.", "pacsé avec son compagnon")]
    [InlineData("M. Hervé vit avec son compagnon depuis quinze ans.", "vit avec son compagnon")]
    [InlineData("Elle est militante au sein du PCF.", "militante au sein du PCF")]
    [InlineData("Les futurs époux souhaitent ensuite un mariage religieux, Mme Pujol s'étant convertie à l'islam.", "convertie à l'islam")]
    [InlineData("Les futurs époux souhaitent ensuite une union religieuse à la mosquée.", "union religieuse")]
    [InlineData("M. et Mme Haddad se sont mariés religieusement en 2010.", "religieusement")]
    [InlineData("Elle vit en couple avec une femme depuis dix ans.", "en couple avec une femme")]
    [InlineData("M. Cohen et sa fiancée prévoient une cérémonie religieuse à la synagogue.", "cérémonie religieuse")]
    [InlineData("Il me reproche ma candidature sur une liste de gauche aux municipales.", "candidature sur une liste de gauche")]
    [InlineData("Mme Diaz était candidate sur la liste divers droite en 2020.", "candidate sur la liste")]
    public void SpecialCategoryPhrasings(string text, string value) => Detect.Found(text, Categories.SpecialCategory, value);

    [Theory]
    // policy, budget and service mentions
    [InlineData("L'agent a été mis à la porte par son employeur en mars.", "VULNERABLE")]
    [InlineData("Le budget du RSA majoré augmente de 3 % cette année.", "VULNERABLE")]
    [InlineData("La revalorisation du RSA socle est fixée au 1er avril.", "VULNERABLE")]
    [InlineData("Votre éducatrice référente à l'ASE, Mme Kerouani, est informée.", "VULNERABLE")]
    [InlineData("Référente ASE : Julie Marchand", "VULNERABLE")]
    [InlineData("Lieu d'accueil : famille d'accueil (assistante familiale : Mme Nadine Courtois)", "VULNERABLE")]
    [InlineData("Sabine Pellegrin\nMandataire judiciaire à la protection des majeurs – ATMP Isère", "VULNERABLE")]
    [InlineData("Pour chaque mesure, indique à qui elle s'adresse. Ajoute une rubrique sur l'habilitation familiale comme alternative.", "VULNERABLE")]
    [InlineData("Le placement de la trésorerie en compte à terme a été validé.", "VULNERABLE")]
    [InlineData("La commune lutte contre les violences faites aux femmes.", "VULNERABLE")]
    [InlineData("Il est hébergé au foyer de jeunes travailleurs pendant son apprentissage.", "VULNERABLE")]
    [InlineData("Le locataire a demandé la résiliation de son bail au 30 juin.", "VULNERABLE")]
    [InlineData("Il faut la notification de la MDPH pour le transport de Mme Nguyen.", "HEALTH")]
    [InlineData("Aide-moi à écrire un mail à la MDPH pour relancer un dossier, Mme Roux attend.", "HEALTH")]
    [InlineData("Un taxi conduira l'enfant de son domicile jusqu'à l'IME Ker Avel.", "HEALTH")]
    [InlineData("Je lui ai proposé un rendez-vous avec l'unité de psychiatrie périnatale.", "HEALTH")]
    [InlineData("Le recrutement d'une AESH supplémentaire est prévu pour Mme Lenoir à l'école.", "HEALTH")]
    [InlineData("L'enfant a été conduit au centre hospitalier par les pompiers, sa mère l'a rejoint.", "HEALTH")]
    [InlineData("La grève est une plaie pour le commerce, selon M. Morel.", "HEALTH")]
    [InlineData("Il a commis une entorse au règlement intérieur.", "HEALTH")]
    [InlineData("Elle a une perte de temps importante à cause des trajets.", "HEALTH")]
    [InlineData("Persistance des nuisances liées à la vente de stupéfiants place Henri Barbusse, signalées par M. Antonelli.", "CRIMINAL")]
    [InlineData("Le permis de construire de M. Blanc lui a été retiré par le maire.", "CRIMINAL")]
    [InlineData("L'immeuble de Mme Durand est menacé par la crue avec un risque de coupure.", "CRIMINAL")]
    [InlineData("Elle vit avec son compagnon depuis quinze ans.", "SPECIAL_CATEGORY")]
    [InlineData("L'immeuble a été frappé par la foudre, selon M. Roux.", "VULNERABLE")]
    [InlineData("Mme Morel demande son placement en disponibilité pour convenances personnelles.", "VULNERABLE")]
    [InlineData("Le maire a décidé le placement de M. Petit en disponibilité.", "VULNERABLE")]
    [InlineData("Mme Roux ne se déplace plus à la mairie, elle envoie ses pièces par mail.", "HEALTH")]
    [InlineData("L'agent d'accueil, M. Petit, a suivi une formation sur les premiers secours et les hémorragies.", "HEALTH")]
    [InlineData("M. Leroy a menacé de porter plainte contre la commune.", "CRIMINAL")]
    [InlineData("M. Faure est candidat sur la liste de réserve du concours d'attaché.", "SPECIAL_CATEGORY")]
    [InlineData("Mme Caron va se marier avec son compagnon en juin.", "SPECIAL_CATEGORY")]
    [InlineData("Les futurs agents recenseurs doivent signaler tout malaise aux urgences.", "HEALTH")]
    [InlineData("Les trois écoles accueillent des enfants en situation de handicap.", "HEALTH")]
    [InlineData("La porte du local de M. Petit présente des traces de coups.", "HEALTH")]
    [InlineData("Mme Roux a sorti un dossier de son armoire.", "CRIMINAL")]
    [InlineData("Elle vit en couple avec un homme depuis dix ans.", "SPECIAL_CATEGORY")]
    [InlineData("M. Roux a bousculé le planning de toute l'équipe.", "CRIMINAL")]
    [InlineData("Mme Diaz a frappé à la porte du bureau du maire.", "CRIMINAL")]
    [InlineData("Le restaurant kurde de la place a rouvert, géré par M. Aslan.", "SPECIAL_CATEGORY")]
    [InlineData("Il se pacse avec sa compagne le 12 juin.", "SPECIAL_CATEGORY")]
    [InlineData("Elle est mariée avec son compagnon depuis dix ans.", "SPECIAL_CATEGORY")]
    [InlineData("Sa candidature sur la liste d'aptitude a été retenue.", "SPECIAL_CATEGORY")]
    public void LookalikesStayQuiet(string text, string category) => Detect.NotFound(text, category);
}
