using OfficeAiGuard.Detection.Tests.Support;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// What looks like a person's name but is not (shops and firms named after their owner, offices, AI assistants named
/// like first names, towns abroad), and the list, inverted, elided and kinship forms of names drafts also use.
/// </summary>
public class NamesOrganisationsAndToolsTests
{
    [Theory]
    // Shops and firms named after a person are organisations.
    [InlineData("Le devis du Garage Jean Dupont pour la remise en état du camion benne est arrivé.")]
    [InlineData("Fournisseur retenu : Boulangerie DUPONT Pierre, livraison chaque matin à la cantine.")]
    [InlineData("La facture de la menuiserie Lucas Bernard reste à mandater.")]
    [InlineData("Le cabinet Martin Avocats représentera la commune devant le tribunal administratif.")]
    [InlineData("La pharmacie Sophie Lefèvre assure la garde de dimanche.")]
    [InlineData("Le vin d'honneur sera servi par le restaurant Chez Paul.")]
    [InlineData("Merci à la boucherie Bernard et à la librairie Thomas pour leurs lots de tombola.")]
    // Offices and titles.
    [InlineData("Monsieur le Préfet a signé l'arrêté de fermeture.")]
    [InlineData("Madame la Maire recevra les habitants du quartier samedi.")]
    [InlineData("M. le Directeur général des services valide la note avant diffusion.")]
    [InlineData("Monsieur Le Préfet,\nJ'ai l'honneur de solliciter une dérogation.")]
    [InlineData("Madame La Sous-Préfète a présidé la commission de sécurité.")]
    [InlineData("Madame la Directrice,\nJe vous prie de bien vouloir m'accorder un jour de congé.")]
    // AI assistants named like first names, with an AI word near them.
    [InlineData("J'ai demandé à Claude, l'IA, de reformuler le paragraphe sur les tarifs.")]
    [InlineData("Merci à Albert (l'outil d'IA de l'État) pour cette première synthèse.")]
    [InlineData("Voir avec Lucie, l'assistant virtuel du site, pour les horaires d'ouverture.")]
    [InlineData("Texte généré par Mistral, à relire avant envoi.")]
    [InlineData("Claude a généré trois propositions de réponse au courrier.")]
    [InlineData("Selon Albert, l'outil IA, la délibération est conforme.")]
    [InlineData("Le texte a été généré avec Claude puis relu par le service juridique.")]
    // Towns abroad that are first names.
    [InlineData("La délégation s'est rendue à Florence pour le jumelage.")]
    [InlineData("Le jumelage avec Florence sera renouvelé en 2026.")]
    [InlineData("M. le maire a reçu les maires de la communauté d'agglomération venus d'Antony à Massy.")]
    [InlineData("Le stage de voile aura lieu à Royan du 7 au 12 juillet.")]
    [InlineData("Antony accueillera le congrès des secrétaires de mairie.")]
    public void OrganisationsOfficesToolsAndTownsAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);

    [Theory]
    // A person next to these words stays a person.
    [InlineData("Claude a complété le modèle de courrier transmis par le service.", "Claude")]
    [InlineData("Claude, assistant de prévention, a visité l'atelier des services techniques.", "Claude")]
    [InlineData("Voir avec Lucie pour l'outil de planning des congés.", "Lucie")]
    [InlineData("Mme Lucie Martin a utilisé l'IA pour rédiger son courrier.", "Lucie Martin")]
    [InlineData("Albert Dupont a testé l'outil IA de la collectivité.", "Albert Dupont")]
    [InlineData("Léa a généré un tableau croisé avec l'IA pour sa note.", "Léa")]
    [InlineData("Le directeur de cabinet Paul Roux recevra les élus.", "Paul Roux")]
    [InlineData("M. Dupont, gérant du garage, a déposé une réclamation.", "Dupont")]
    [InlineData("J'ai écrit à Florence pour ses congés.", "Florence")]
    [InlineData("Florence est en arrêt jusqu'à vendredi.", "Florence")]
    [InlineData("J'ai transmis le dossier à Antony, qui reprend le suivi.", "Antony")]
    [InlineData("Antony est en congé jusqu'à lundi.", "Antony")]
    // Lists: a reference number before, a colon after; the inverted form; a kinship word in brackets.
    [InlineData("- dossier 17 Kowalczyk Tomasz : sortant de CHRS, demande d'aide à l'installation.", "Kowalczyk Tomasz")]
    [InlineData("3. Nowak Agnieszka : accord de principe.", "Nowak Agnieszka")]
    [InlineData("Lucie, agent d'accueil, a reçu la famille ce matin.", "Lucie")]
    [InlineData("Ce matin, Nadège, l'assistante sociale de secteur, a rappelé la famille.", "Nadège")]
    [InlineData("- NGUYEN Thi Lan : aide accordée (200 €).", "NGUYEN Thi Lan")]
    [InlineData("Dupont, Marie : présente.", "Dupont, Marie")]
    [InlineData("Dupont, Jean-Pierre (adjoint) ; Leroy, Anne (conseillère)", "Dupont, Jean-Pierre")]
    [InlineData("Liste des inscrits :\n- LEROY, Anne (CE2)\n- Garnier, Lucas", "Garnier, Lucas")]
    [InlineData("Moussa (père) et Awa (mère) se sont présentés au rendez-vous.", "Moussa")]
    [InlineData("Moussa (père) et Awa (mère) se sont présentés au rendez-vous.", "Awa")]
    // Elided "qu'" before the name, "d'", "l'enfant".
    [InlineData("Pour qu'Adam puisse bénéficier du transport adapté, il faut la notification.", "Adam")]
    [InlineData("C'est lorsqu'Inès est arrivée au foyer que le conflit a commencé.", "Inès")]
    [InlineData("La mère d'Ibrahim a rappelé le service ce matin.", "Ibrahim")]
    [InlineData("L'enfant Inès est scolarisée en CE2 à l'école du centre.", "Inès")]
    // Maiden and married names, "prénommé".
    [InlineData("L'enfant né de Mme Diop et M. Ba, prénommé Issa, est déclaré ce jour.", "Issa")]
    [InlineData("Mme Dubois, née Garnier, demande une copie intégrale de son acte.", "Garnier")]
    [InlineData("Mme Sow épouse Diallo a déposé le dossier de regroupement.", "Diallo")]
    [InlineData("Mme veuve Lambert sollicite le renouvellement de la concession.", "Lambert")]
    public void PersonsAreFound(string text, string value) => Detect.Found(text, Categories.PersonName, value);

    [Theory]
    // Common words of the name lists, places and policy-level mentions.
    [InlineData("Rose est la couleur retenue pour la signalétique du parc.")]
    [InlineData("Pierre de taille et bois composent la façade de la mairie annexe.")]
    [InlineData("Rose, la couleur choisie, sera reprise sur les panneaux.")]
    [InlineData("Marine et montagne sont les deux thèmes des séjours de cet été.")]
    [InlineData("Le 12 rue Victor Hugo sera fermé pendant les travaux.")]
    [InlineData("Les familles des élèves inscrits recevront un courrier avant la rentrée.")]
    [InlineData("Jusqu'au 30 juin, l'accueil est fermé le mercredi.")]
    [InlineData("1. Salle Simone : réservée le samedi pour l'association.")]
    [InlineData("- Planning Lucas : à revoir avec le prestataire.")]
    public void LookalikesAreNotNames(string text) => Detect.NotFound(text, Categories.PersonName);

    [Theory]
    [InlineData("pour qu'Adam puisse", "Adam")]
    [InlineData("lorsqu'Inès arrive", "Inès")]
    [InlineData("puisqu'Élodie part", "Élodie")]
    public void ElidedQueBeforeANameIsSplitOff(string text, string name)
    {
        var words = WordTokenizer.Tokenize(text).AsSpan().ToArray();
        Assert.Contains(words, w => text[w.Start..w.End] == name);
    }

    [Theory]
    [InlineData("jusqu'au bout", "jusqu'au")]
    [InlineData("lorsqu'il arrive", "lorsqu'il")]
    [InlineData("presqu'île", "presqu'île")]
    public void ElidedQueBeforeALowerCaseWordStaysWhole(string text, string word)
    {
        var words = WordTokenizer.Tokenize(text).AsSpan().ToArray();
        Assert.Contains(words, w => text[w.Start..w.End] == word);
    }
}
