using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Names written alone in the roles drafts give them beyond the common cues: a first name signing above
/// its role or service, plural ranks, attendance lists, a child in apposition after its age or before its
/// birth date, a colleague called by the first name, a first name in brackets after the full name; and the
/// towns, common nouns and services that look like them.
/// </summary>
public class LoneNameCuesTests
{
    [Theory]
    // A first name signing above its role or service, at the end of a mail.
    [InlineData("Le dossier est complet, je le transmets demain.\n\nSoraya\nAssistante de direction – Pôle enfance", "Soraya")]
    [InlineData("Pensez à valider vos congés avant vendredi.\n\nThibault\nRessources humaines\n04 79 33 12 00", "Thibault")]
    [InlineData("Transmis pour suite à donner.\n\nNadège\nÉtat civil", "Nadège")]
    [InlineData("Je te laisse voir avec eux.\nA+,\nYoussef »", "Youssef")]
    // Plural ranks and titles.
    [InlineData("Le contrôle a été mené par les gendarmes Bastide et Ferreira vers 22 h.", "Ferreira")]
    [InlineData("Les lieutenants Caron, Meunier et Vasseur sont d'astreinte ce week-end.", "Vasseur")]
    // Attendance lists.
    [InlineData("Élus présents : Dubreuil, Le Bihan, Mme Kaddour et Roussel.", "Le Bihan")]
    [InlineData("Excusés : Fontaine (adjoint aux sports), Garnier.", "Garnier")]
    // A child after its age, before its birth date; a colleague spoken to; a first name in brackets.
    [InlineData("Elle a deux enfants, dont une fille de 7 ans, Maëlys, scolarisée à Cluses.", "Maëlys")]
    [InlineData("- Timéo, né le 14/06/2021, hébergé chez sa grand-mère.", "Timéo")]
    [InlineData("Les jumeaux Enzo et Lina sont inscrits au centre de loisirs.", "Enzo")]
    [InlineData("J'ai fini le tableau.\nDamien, peux-tu le relire avant midi ?", "Damien")]
    [InlineData("Dossier n° 4 : Mme Traoré (Aminata), demande d'aide aux vacances.", "Aminata")]
    [InlineData("Rédacteur : moi (Ludovic), relecture par la DGS.", "Ludovic")]
    // After "pour", a dash, a verb read from its ending.
    [InlineData("Demande de place en crèche pour Éléa à compter de janvier.", "Éléa")]
    [InlineData("Objet : collège – Yanis et Sarah Belkacem", "Yanis")]
    [InlineData("Le point est reporté. Sébastien reprendra le dossier à son retour.", "Sébastien")]
    [InlineData("Les policiers Roux et Navarro ont dressé le procès-verbal.", "Navarro")]
    [InlineData("La situation de Maëlle a été revue en commission.", "Maëlle")]
    public void LoneNameIsFound(string text, string value) => Detect.Found(text, Categories.PersonName, value);

    [Theory]
    // A heading or a service above a service line is not a signature.
    [InlineData("Voici le bilan.\n\nSynthèse\nService vie associative")]
    // A role list, services, towns and common nouns after the same cues.
    [InlineData("Présents : le directeur général, la DRH, Service urbanisme.")]
    [InlineData("Les capitaines de l'équipe seront reçus en mairie.")]
    [InlineData("Le budget voté pour Victoire 2026 est en hausse.")]
    [InlineData("Le jumelage prévoit un voyage pour Florence en mai.")]
    [InlineData("Florence accueillera la délégation municipale en 2026.")]
    [InlineData("Le festival aura lieu à Carcassonne (Aude) en juin.")]
    [InlineData("Un bâtiment de 12 ans, Rénové en 2020, est proposé.")]
    [InlineData("Les brigadiers de la police municipale sont intervenus.")]
    [InlineData("Le départ de Florence est prévu à 8 h pour le jumelage.")]
    [InlineData("Élus présents : la présidente, le premier adjoint, la DGS.")]
    public void LookalikesAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);

    [Fact]
    public void DepartmentInBracketsIsNotAFirstName() =>
        Assert.DoesNotContain("Aude", Detect.Values("Le courrier de M. Roux (Aude) est arrivé hier.", Categories.PersonName));
}
