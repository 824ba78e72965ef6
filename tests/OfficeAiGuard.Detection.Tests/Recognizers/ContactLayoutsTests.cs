using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Birth dates and home addresses in more layouts (table headers, weekday, abbreviated street types, building lines
/// above the street), with the institutional and cadastral lookalikes that must stay quiet.
/// </summary>
public class ContactLayoutsTests
{
    [Theory]
    [InlineData("Date de naissance : le 12 juin 1990", "12 juin 1990")]
    [InlineData("Il est né le mercredi 12 juin 1990 à la maternité.", "12 juin 1990")]
    [InlineData("date de naissance : 12 06 1990", "12 06 1990")]
    [InlineData("Nom;Prénom;D. naissance\nDurand;Julie;12/06/1990", "12/06/1990")]
    [InlineData("Nom;Prénom;Date de naissance (JJ/MM/AAAA)\nDurand;Julie;12/06/1990", "12/06/1990")]
    [InlineData("Nom;Prénom;DN\nDurand;Julie;12/06/1990\nMartin;Paul;03/11/1954", "03/11/1954")]
    public void BirthDateLayoutIsFound(string text, string value) => Detect.Found(text, Categories.DateOfBirth, value);

    [Theory]
    [InlineData("La réunion du mercredi 12 juin 2024 est reportée.")]
    [InlineData("Canalisation DN 150 posée le 12/06/2024.")]
    [InlineData("Réf;DN;Date de pose\nA12;150;12/06/2024")]
    [InlineData("Le dispositif, né le 12 06 2019, a été prolongé.")]
    public void BirthDateLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.DateOfBirth);

    [Theory]
    [InlineData("Mme Durand est domiciliée 12 pl. du Marché, 74150 Rumilly.", "12 pl. du Marché")]
    [InlineData("domicilié 12 imp. des Roses", "12 imp. des Roses")]
    [InlineData("demeurant 12 chem. des Vignes", "12 chem. des Vignes")]
    [InlineData("domiciliée 12 rte de Lyon à Seynod", "12 rte de Lyon")]
    [InlineData("il habite 3 all. des Peupliers", "3 all. des Peupliers")]
    [InlineData("domicilié 12 av Jean Jaurès", "12 av Jean Jaurès")]
    [InlineData("Mme Durand\n12 rue des Lilas – Appartement 4\n74150 Rumilly", "74150 Rumilly")]
    [InlineData("Mme Durand\nRésidence Les Pins, Bât. C\n14 avenue de la Gare\n73000 Chambéry", "Résidence Les Pins")]
    [InlineData("M. Karim Benali\nBâtiment C – Appartement 34\n15 avenue Jean Jaurès\n69007 Lyon", "Bâtiment C")]
    public void AddressLayoutIsFound(string text, string value) => Detect.Found(text, Categories.PostalAddress, value);

    [Theory]
    [InlineData("Conseil départemental de la Haute-Savoie\n1 avenue d'Albigny\nCS 32444\n74041 Annecy Cedex")]
    [InlineData("Envoyer le dossier à : MDPH 74, 26 avenue de Chevêne, CS 90054, 74003 Annecy Cedex")]
    [InlineData("Retour du formulaire : 12 rue des Lilas, TSA 10001, 74150 Rumilly")]
    [InlineData("Le terrain cadastré section AB n° 12, lieu-dit Les Granges, est constructible.")]
    [InlineData("Mme Durand, CS 20001, 74150 Rumilly Cedex")]
    [InlineData("Service des sports\nBâtiment C – entrée 2\n15 avenue Jean Jaurès\n69007 Lyon cedex 07")]
    public void AddressLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.PostalAddress);

    [Theory]
    [InlineData("Vous pouvez la joindre au n° 06 12 34 56 78 en soirée.", "06 12 34 56 78")]
    [InlineData("Son numéro : 07.81.22.33.44", "07.81.22.33.44")]
    [InlineData("joignable au 06 12 34\n56 78 en journée", "06 12 34\n56 78")]
    [InlineData("Portable : 06 12\n34 56 78", "06 12\n34 56 78")]
    public void PhoneLayoutIsFound(string text, string value) => Detect.Found(text, Categories.Phone, value);

    [Theory]
    [InlineData("Facture n° 06 12 34 56 78")]
    [InlineData("numéro de dossier : 04 50 12 34 56")]
    [InlineData("Commande n° 06.12.34.56.78")]
    [InlineData("n° 0612345678")]
    [InlineData("Les créneaux 06 12 34\n56 78 sont pris.")]
    public void PhoneLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.Phone);
}
