using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

public class PersonNameRecognizerTests
{
    [Theory]
    [InlineData("Pour information, M. Jérôme Esteves nous a transmis un certificat.", "Jérôme Esteves")]
    [InlineData("Mme Le Floch est elle-même en invalidité.", "Le Floch")]
    [InlineData("Cordialement,\n\nHawa FAURE\nConseillère en économie sociale", "Hawa FAURE")]
    [InlineData("Composition du jury :\n- DURAND-LACROIX Abdelkader\n", "DURAND-LACROIX Abdelkader")]
    [InlineData("Bonjour Josiane,\n\nJe te transmets le dossier.", "Josiane")]
    [InlineData("Madame la Maire, chère Awa,\n\nJe me permets", "Awa")]
    [InlineData("Je souhaite inscrire mon fils Amadou en grande section.", "Amadou")]
    [InlineData("Dossier 3 – famille DE CASTELNAU\nDemande d'aide", "DE CASTELNAU")]
    [InlineData("matricule;nom;prenom\n004512;Dumas;Lamine;CTM", "Dumas")]
    [InlineData("Objet : Dossier Esteves\n\nM. Jérôme Esteves est en arrêt.", "Esteves")]
    [InlineData("Mme\u00A0Sophie\u00A0MARTIN a appelé.", "Sophie\u00A0MARTIN")]
    [InlineData("Mme So\u200Bphie MARTIN a appelé.", "So\u200Bphie MARTIN")]
    [InlineData("Merci de voir si une aide est possible.\n\nSandrine\n", "Sandrine")]
    public void NamesAreFound(string text, string value) => Detect.Found(text, Categories.PersonName, value);

    [Theory]
    [InlineData("L'accueil sera assuré à l'école élémentaire Jules Ferry et au groupe scolaire Victor Hugo.")]
    [InlineData("Les cérémonies auront lieu dans la salle Simone Veil de la mairie annexe.")]
    [InlineData("Le CCAS, la MDPH et l'EHPAD ont été consultés ; la CAF rappellera.")]
    [InlineData("France Travail et la Banque de France ont répondu. Le Renault Master est au garage.")]
    [InlineData("Madame la Maire, Monsieur le Président,")]
    public void PlacesAcronymsAndOrganisationsAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);
}
