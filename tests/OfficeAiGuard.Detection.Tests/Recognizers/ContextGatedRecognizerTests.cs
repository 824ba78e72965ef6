using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>Identifiers without checksum: found with their keyword, not without; evasion variants.</summary>
public class ContextGatedRecognizerTests
{
    [Theory]
    [InlineData("Mme Clément : CNI n° 472803852808, née le 28/11/1968", "472803852808")]
    [InlineData("M. Boucher : passeport n° 79YQ43209, né le 20 avril 2011", "79YQ43209")]
    [InlineData("son permis de conduire (n° 920868288909) est suspendu", "920868288909")]
    [InlineData("CNI n° QMPK1X2UU, né le 07/11/1950", "QMPK1X2UU")]
    [InlineData("passeport n°\u00A079YQ\u200B43209", "79YQ\u200B43209")]
    [InlineData("Passeport : 18 AB 12345, valable jusqu'en 2031", "18 AB 12345")]
    [InlineData("passeport ukrainien n° FE903112 et titre de séjour n° 6912345678, née le 2/3/1990", "FE903112")]
    [InlineData("passeport ukrainien n° FE903112 et titre de séjour n° 6912345678, née le 2/3/1990", "6912345678")]
    public void IdDocumentIsFound(string text, string value) => Detect.Found(text, Categories.IdDocument, value);

    [Theory]
    [InlineData("Le marché n° 472803852808 a été notifié.")]
    [InlineData("Référence du courrier : 79YQ43209")]
    public void IdDocumentWithoutKeywordIsNotFound(string text) => Detect.NotFound(text, Categories.IdDocument);

    [Theory]
    [InlineData("Son n° allocataire CAF est le 9603082 ; la dernière attestation", "9603082")]
    [InlineData("Identifiant France Travail : 7484777Y.", "7484777Y")]
    [InlineData("n° allocataire\u00A0: \uFF19603082", "\uFF19603082")]
    public void SocialBenefitIdIsFound(string text, string value) => Detect.Found(text, Categories.SocialBenefitId, value);

    [Theory]
    [InlineData("La délibération n° 9603082 a été votée.")]
    [InlineData("Le budget de la CAF atteint 9603082 €.")]
    public void SocialBenefitLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.SocialBenefitId);

    [Theory]
    [InlineData("le véhicule immatriculé WA-819-RX est stationné", "WA-819-RX")]
    [InlineData("son véhicule personnel immatriculé BV 707 HG.", "BV 707 HG")]
    [InlineData("la benne (DN\u2011643\u2011QT) est au garage", "DN\u2011643\u2011QT")]
    public void LicensePlateIsFound(string text, string value) => Detect.Found(text, Categories.LicensePlate, value);

    [Theory]
    [InlineData("Le dossier AB 123 CD est clos.")]
    [InlineData("Plaque SS-123-AB")]
    [InlineData("Code postal 74150 et référence D2023/84")]
    public void LicensePlateLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.LicensePlate);

    [Theory]
    [InlineData("Il est joignable sur son portable au 06 57 21 01 41 (crédit limité).", "06 57 21 01 41")]
    [InlineData("joignable au 03.19.93.51.81", "03.19.93.51.81")]
    [InlineData("Je suis joignable au +33 9 18 53 04 87 après 17h.", "+33 9 18 53 04 87")]
    [InlineData("joignable au 0256380326.", "0256380326")]
    [InlineData("portable : 06\u00A057\u200B21\u202F01 41", "06\u00A057\u200B21\u202F01 41")]
    public void PhoneIsFound(string text, string value) => Detect.Found(text, Categories.Phone, value);

    [Theory]
    [InlineData("Montant : 1 234 567,89 euros")]
    [InlineData("délibération n° 2024-045 du 12/03/2024")]
    public void PhoneLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Phone);

    [Theory]
    [InlineData("J'ai bien noté votre adresse personnelle, dclement@yahoo.fr, pour la suite.", "dclement@yahoo.fr")]
    [InlineData("De : justine.chevalier22@outlook.fr", "justine.chevalier22@outlook.fr")]
    [InlineData("écrire à anne\u200B-laure@free.fr", "anne\u200B-laure@free.fr")]
    public void PersonalEmailIsFound(string text, string value) => Detect.Found(text, Categories.Email, value);

    [Theory]
    [InlineData("Écrivez à accueil@ville-sete.fr ou à dpo@le04.fr.")]
    [InlineData("Contact : etat-civil@mairie-rumilly.fr, service.urbanisme@agglo.fr")]
    public void FunctionalMailboxesAreNotPersonal(string text) => Detect.NotFound(text, Categories.Email);

    [Theory]
    [InlineData("Mme Louise Bonnet, 69 rue des Lilas, 34500 Béziers.", "69 rue des Lilas")]
    [InlineData("Elle est domiciliée 10, route de Lyon à Vaulx-en-Velin et joignable", "10, route de Lyon")]
    [InlineData("Nous venons d'emménager au 25 bis résidence Les Érables, bâtiment C, 33260 La Teste-de-Buch.", "25 bis résidence Les Érables")]
    [InlineData("domicilié 40\u00A0bis rue Anatole France, 74150 Rumilly", "rue Anatole France")]
    public void PostalAddressIsFound(string text, string value) => Detect.Found(text, Categories.PostalAddress, value);

    [Theory]
    [InlineData("La réunion aura lieu à la mairie, 1 place de l'Hôtel de Ville.")]
    [InlineData("Le budget atteint 72 838 euros au 31 décembre.")]
    public void InstitutionalOrNonAddressesAreNotFound(string text) => Detect.NotFound(text, Categories.PostalAddress);

    [Theory]
    [InlineData("Mme Justine KLEIN, née le 22/07/1936, domiciliée", "22/07/1936")]
    [InlineData("M. Hung Costa, né le 05.10.1937, s'est présenté", "05.10.1937")]
    [InlineData("né le 19 septembre 1939.", "19 septembre 1939")]
    [InlineData("Votre date de naissance (12.06.1937) devra être indiquée", "12.06.1937")]
    [InlineData("- Arnaud Karim\n- 19/01/1936\n- 23, rue des Écoles à Douai", "19/01/1936")]
    public void DateOfBirthIsFound(string text, string value) => Detect.Found(text, Categories.DateOfBirth, value);

    [Theory]
    [InlineData("La commission se réunira le 12/03/2025 à 9h.")]
    [InlineData("Le marché est né le besoin de 2024 ; séance du 4 février 2026.")]
    public void OtherDatesAreNotBirthDates(string text) => Detect.NotFound(text, Categories.DateOfBirth);

    [Theory]
    [InlineData("Mot de passe provisoire : Sete427!x\nTu devras le changer.", "Sete427!x")]
    [InlineData("et le mot de passe du back-office c'est Azerty528# si jamais", "Azerty528#")]
    [InlineData("le code a changé aussi : Ccas877!", "Ccas877!")]
    [InlineData("-H \"Authorization: Bearer AKIA5ZBKA52ZTJ0WYUHV\"", "AKIA5ZBKA52ZTJ0WYUHV")]
    [InlineData("Ma clé c'est sk-g7SVmqb1MOKDHpSCgw3gTlcrhDFLGWrhhhz4iILo (tu peux", "sk-g7SVmqb1MOKDHpSCgw3gTlcrhDFLGWrhhhz4iILo")]
    [InlineData("token ghp_NdgXDfO7ric286JieDRNctQe2WQXvBHfjzSg", "ghp_NdgXDfO7ric286JieDRNctQe2WQXvBHfjzSg")]
    [InlineData("Code PIN de la carte : 4821", "4821")]
    [InlineData("- code de l'alarme du gymnase : 9051 (à retaper en sortant)", "9051")]
    [InlineData("réseau « Salle-Polyvalente », clé WPA Salle!Poly2026", "Salle!Poly2026")]
    [InlineData("Secret access key : Zq8vT1mPp0aRk3LdW9yXc2Hb7NfJs4Ge6UoIiQ+t", "Zq8vT1mPp0aRk3LdW9yXc2Hb7NfJs4Ge6UoIiQ+t")]
    [InlineData("le digicode est 45893 pour le local", "45893")]
    public void SecretIsFound(string text, string value) => Detect.Found(text, Categories.Secret, value);

    [Theory]
    [InlineData("En application du Code de l'action sociale et des familles (article L. 264-1).")]
    [InlineData("Le mot de passe doit contenir au moins douze caractères.")]
    [InlineData("Code postal : 74150, référence D2023/84.")]
    [InlineData("Le mot de passe a expiré le 12 mars 2024, merci de le changer.")]
    [InlineData("Le code PIN comporte 4 chiffres.")]
    public void SecretLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Secret);

    [Theory]
    [InlineData("Référence de l'avis d'impôt : 25 74 A123456 78", "25 74 A123456 78")]
    [InlineData("merci de me donner la référence de votre avis d'imposition 2374A12345678", "2374A12345678")]
    [InlineData("REFERENCE DE L'AVIS D'IMPOT : 2374A12345678", "2374A12345678")]
    public void TaxNoticeReferenceIsFound(string text, string value) => Detect.Found(text, Categories.TaxId, value);

    [Theory]
    [InlineData("Référence de l'avis de passage : colis 25 AB CDE FGH IJ")]
    [InlineData("Avis d'imposition 2025, dossier n° 2025-00012345 du service.")]
    public void TaxNoticeLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.TaxId);

    [Theory]
    [InlineData("numéro étranger AGDREF 7502123456, titre expiré", "7502123456")]
    [InlineData("Son n° d'étranger : 9912345678.", "9912345678")]
    public void ForeignerNumberIsFound(string text, string value) => Detect.Found(text, Categories.IdDocument, value);

    [Theory]
    [InlineData("Il revient d'un séjour à l'étranger, joignable au 0612345678.")]
    [InlineData("Numéro étranger à demander en préfecture (dossier 2025-0001).")]
    [InlineData("Permis de conduire catégorie B obtenu ; dossier RH AB123456 complet.")]
    public void ForeignerLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.IdDocument);
}
