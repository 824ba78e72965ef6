using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Home addresses that the institutional cues used to hide ("votre maison", owners of a house), a postcode
/// and town under a person's name; and the numbered lots, plots and establishments that look like addresses.
/// </summary>
public class AddressContextTests
{
    [Theory]
    [InlineData("Le permis pour la véranda de votre maison, 4 chemin des Écoliers, 38200 Vienne, est accordé.", "4 chemin des Écoliers")]
    [InlineData("Les propriétaires du pavillon sis 22 bis allée des Cèdres, 01000 Bourg-en-Bresse, contestent la taxe.", "22 bis allée des Cèdres")]
    [InlineData("Veuillez agréer mes salutations.\n\nJulien Marchetti\n13008 Marseille", "13008 Marseille")]
    [InlineData("Destinataire :\nMme Oukili\n59000 Lille", "59000 Lille")]
    [InlineData("Il habite au n° 7 rue Lamartine, 42000 Saint-Étienne.", "7 rue Lamartine")]
    public void AddressIsFound(string text, string value) => Detect.Found(text, Categories.PostalAddress, value);

    [Theory]
    [InlineData("La sépulture (carré 3, allée 11) sera relevée en mars.")]
    [InlineData("Le box n° 8, résidence du Parc, est libéré depuis juin.")]
    [InlineData("La Maison de santé, 2 rue du Stade, 73000 Chambéry, ouvre lundi.")]
    [InlineData("Une place se libère au foyer-logement de la résidence Les Hortensias.")]
    [InlineData("Direction des finances\n74000 Annecy")]
    [InlineData("Julien Marchetti\n13008 Marseille CEDEX 08")]
    public void LookalikesAreNotAddresses(string text) => Detect.NotFound(text, Categories.PostalAddress);
}
