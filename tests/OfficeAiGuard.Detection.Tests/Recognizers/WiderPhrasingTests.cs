using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Phrasings of French drafts the first rules missed: old FNI plates, Carte Vitale numbers,
/// inflected or abbreviated sensitive terms; and the policy-level or institutional lookalikes that
/// must stay quiet.
/// </summary>
public class WiderPhrasingTests
{
    [Theory]
    [InlineData("Le véhicule de l'agent, immatriculé 4521 TX 38, a été enlevé par la fourrière.", "4521 TX 38")]
    [InlineData("Sa voiture (plaque 87-AFB-2A) gêne la sortie du garage municipal.", "87-AFB-2A")]
    public void OldFniPlateAfterVehicleKeyword(string text, string value) => Detect.Found(text, Categories.LicensePlate, value);

    [Theory]
    [InlineData("Le bon de commande 4521 TX 38 est joint.")]
    [InlineData("Le véhicule de service est réservé pour 2 jours.")]
    public void FniShapeWithoutVehicleIsNotAPlate(string text) => Detect.NotFound(text, Categories.LicensePlate);

    [Theory]
    [InlineData("Adresse personnelle : résidence Les Tilleuls, 15 rue Voltaire 69100 Villeurbanne", "69100 Villeurbanne")]
    [InlineData("Elle a déménagé au 4 ter place du 8 Mai 1945, 38000 Grenoble.", "38000 Grenoble")]
    public void AddressKeepsItsPostcodeAndTown(string text, string value) => Detect.Found(text, Categories.PostalAddress, value);

    [Fact]
    public void CarteVitaleNumberIsFound() =>
        Detect.Found("Merci de joindre la copie de sa carte Vitale n° 8025 0001 2345 6789 0123 4 au dossier.", Categories.IdDocument,
            "8025 0001 2345 6789 0123 4");

    [Theory]
    [InlineData("Mme Lebrun est diabétique et insulinodépendante depuis 2018.", "diabétique", "HEALTH")]
    [InlineData("Son fils Mathéo est scolarisé en ULIS avec une AESH à mi-temps.", "ULIS", "HEALTH")]
    [InlineData("M. Camus est en ALD pour une affection cardiaque.", "ALD", "HEALTH")]
    [InlineData("Elle est chrétienne pratiquante et demande un aménagement le dimanche.", "chrétienne", "SPECIAL_CATEGORY")]
    [InlineData("M. Roche est syndicaliste et membre de la CGT depuis dix ans.", "syndicaliste", "SPECIAL_CATEGORY")]
    [InlineData("L'agent est soupçonné de détournement de la régie.", "soupçonné de", "CRIMINAL")]
    [InlineData("Il a eu une suspension de son permis pour excès de vitesse.", "suspension de son permis", "CRIMINAL")]
    [InlineData("Il dort dans sa voiture depuis son expulsion en mars.", "son expulsion", "VULNERABLE")]
    [InlineData("Le placement en famille d'accueil de l'enfant a été prolongé.", "placement en famille d'accueil", "VULNERABLE")]
    public void SensitiveTermInAnotherWording(string text, string value, string category) => Detect.Found(text, category, value);

    [Theory]
    [InlineData("Le règlement impose de déclarer toute suspension de permis sous 48 heures.", "CRIMINAL")]
    [InlineData("Les élèves d'ULIS seront accueillis au gymnase jeudi.", "HEALTH")]
    [InlineData("Le budget des AESH est porté par l'Éducation nationale.", "HEALTH")]
    [InlineData("Les accidents du travail ont baissé de 12 % dans les services techniques.", "HEALTH")]
    public void PolicyLevelMentionIsNotAFinding(string text, string category) => Detect.NotFound(text, category);
}
