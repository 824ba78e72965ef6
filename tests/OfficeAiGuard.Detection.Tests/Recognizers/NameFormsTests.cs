using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Name spellings and layouts beyond the common ones: accented first names the INSEE lists write
/// without accents, form fields, double particles; and towns that look like first names.
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
    [InlineData("Envoyer le dossier à la Préfecture, BP 2305, 74011 Annecy Cedex.")]
    [InlineData("Direction départementale, 12 place de la Préfecture, 38000 Grenoble CEDEX 9")]
    [InlineData("Le formulaire comporte un champ Nom : à remplir en majuscules.")]
    [InlineData("Voir l'annexe B. Synthèse des coûts, et l'article L. 2122-22 du CGCT.")]
    [InlineData("Réunion en Salle Marcel Pagnol à 18h, puis au gymnase Jean Bouin.")]
    [InlineData("La charte est validée. Rose est la couleur retenue ; Constance est une qualité attendue.")]
    public void PlacesAndLabelsAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);
}
