using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// The person gate of the sensitive vocabularies accepts a lone first name that the name recognizer leaves
/// alone when it is the subject or the complement of the fact ("que Léo est dyslexique", "pour Lina,",
/// "le suivi de Noah"), without making it a PERSON_NAME finding; first names inside the names of streets,
/// schools, homes, projects or storms, months and policy-level sentences keep the gate closed.
/// </summary>
public class FirstNameSubjectTests
{
    [Theory]
    [InlineData("Le compte rendu de l'équipe éducative indique que Timothée est dyslexique et dyspraxique.", "dyslexique")]
    [InlineData("Inès bénéficie d'un PAI pour une allergie alimentaire aux arachides.", "allergie alimentaire")]
    [InlineData("Selon l'infirmière scolaire, Nolan souffre d'une épilepsie mal équilibrée.", "épilepsie")]
    [InlineData("Le médecin de PMI confirme que Maëlys présente un trouble du spectre de l'autisme.", "trouble du spectre")]
    [InlineData("La note RH précise que Karine était en arrêt maladie jusqu'au 15.", "arrêt maladie")]
    [InlineData("À la résidence autonomie, on constate que Josette est atteinte de troubles cognitifs.", "troubles cognitifs")]
    [InlineData("Le suivi de Noah en CMP a repris après les vacances.", "CMP")]
    [InlineData("Pour Lina, le PAI prévoit un traitement de fond de l'asthme sévère.", "asthme")]
    public void HealthOfAFirstName(string text, string value) => Detect.Found(text, Categories.Health, value);

    [Theory]
    [InlineData("Le courrier précise qu'Alex est une personne transgenre.", "transgenre")]
    [InlineData("Au centre social, chacun sait que Mohamed est de confession musulmane.", "confession musulmane")]
    [InlineData("D'après la fiche d'accueil, Aurélien est adhérent de la CGT.", "adhérent de la CGT")]
    public void SpecialCategoryOfAFirstName(string text, string value) => Detect.Found(text, Categories.SpecialCategory, value);

    [Theory]
    [InlineData("Le rapport de la police municipale mentionne que Kévin a déjà été condamné pour violences.", "condamné")]
    [InlineData("Au foyer, les éducateurs savent que Yanis est sous contrôle judiciaire.", "contrôle judiciaire")]
    public void CriminalOfAFirstName(string text, string value) => Detect.Found(text, Categories.Criminal, value);

    [Theory]
    [InlineData("Le signalement concerne Rayan, placé à l'ASE depuis mars.", "placé à l'ASE")]
    [InlineData("Au CCAS, on sait que Josiane vit seule et est sous curatelle.", "sous curatelle")]
    [InlineData("Sa curatrice a été informée de la hausse du loyer.", "curatrice")]
    [InlineData("Son curateur refuse de débloquer la somme demandée.", "curateur")]
    [InlineData("La curatrice de Mme Blanc a appelé le CCAS.", "curatrice")]
    public void VulnerabilityOfAFirstName(string text, string value) => Detect.Found(text, Categories.Vulnerable, value);

    [Theory]
    [InlineData("Le compte rendu de l'équipe éducative indique que Timothée est dyslexique et dyspraxique.")]
    [InlineData("Au centre social, chacun sait que Mohamed est de confession musulmane.")]
    [InlineData("Le courrier précise qu'Alex est une personne transgenre.")]
    public void TheFirstNameIsNotMadeAName(string text) => Detect.NotFound(text, Categories.PersonName);

    [Theory]
    [InlineData("Le collège Louise Michel accueille des élèves dyslexiques.")]
    [InlineData("L'école Jules Ferry ouvre une ULIS à la rentrée pour les enfants autistes.")]
    [InlineData("Le lycée Marie Curie organise une journée d'information sur le diabète.")]
    [InlineData("L'EHPAD Sainte-Marie a ouvert une unité Alzheimer de 14 lits.")]
    [InlineData("Rue Victor Hugo, un local est réservé aux personnes handicapées.")]
    [InlineData("Avril est le mois de sensibilisation à l'autisme.")]
    [InlineData("Le dispositif Léo aide les enseignants à repérer la dyslexie.")]
    [InlineData("La tempête Alex a provoqué de nombreuses hospitalisations dans la vallée.")]
    [InlineData("La promotion Simone Veil a suivi une formation sur le handicap.")]
    [InlineData("Le centre Léo Lagrange propose des ateliers de prévention des addictions.")]
    [InlineData("Le tableau de Sandrine recense les arrêts maladie du trimestre.")]
    [InlineData("Pour Nicolas, la prévention du suicide reste une priorité du CLSM.")]
    [InlineData("Les enfants comme Léo qui sont dyslexiques ont droit à un tiers-temps.")]
    [InlineData("Le planning indique que Manon anime la formation sur le RSA.")]
    public void FirstNamesOfThingsAndPolicyStayQuiet(string text) => Detect.NoSensitiveFact(text);

    [Theory]
    [InlineData("Son beau-père est incarcéré depuis janvier.", Categories.Criminal, "incarcéré")]
    [InlineData("Sa belle-mère est atteinte d'un cancer du pancréas.", Categories.Health, "cancer")]
    [InlineData("Son ex-conjoint a été condamné pour violences conjugales.", Categories.Criminal, "condamné")]
    [InlineData("Son concubin est sous contrôle judiciaire.", Categories.Criminal, "contrôle judiciaire")]
    [InlineData("Sa demi-sœur est placée en famille d'accueil.", Categories.Vulnerable, "famille d'accueil")]
    public void StepAndFormerRelativesArePersons(string text, string category, string value) => Detect.Found(text, category, value);

    [Theory]
    [InlineData("Le service confirme que Nathalie est référente pour les dossiers d'arrêt maladie.")]
    [InlineData("Pour rappel, Isabelle est la correspondante handicap de la collectivité.")]
    [InlineData("Le compte rendu indique que Sébastien est l'agent chargé des accidents de service.")]
    public void AColleaguesJobAboutTheTopicStaysQuiet(string text) => Detect.NoSensitiveFact(text);

    [Theory]
    [InlineData("Le curateur doit être informé de tout changement de situation.")]
    [InlineData("Les curateurs sont désignés par le juge des contentieux de la protection.")]
    [InlineData("La commune a informé sa curatrice du montant.")]
    public void CuratorsInGeneralStayQuiet(string text) => Detect.NotFound(text, Categories.Vulnerable);
}
