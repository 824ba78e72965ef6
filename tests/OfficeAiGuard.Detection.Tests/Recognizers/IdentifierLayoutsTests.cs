using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Context-gated identifiers in the layouts of administrative drafts: cue after the number, cue on the line above,
/// abbreviations, grouped digits, table columns; with the lookalikes (planning permits, counts, conventions) that must stay quiet.
/// </summary>
public class IdentifierLayoutsTests
{
    [Theory]
    [InlineData("Carte de résident n° 6901234567 délivrée par la préfecture du Rhône.", "6901234567")]
    [InlineData("Le numéro 880692310285 de sa carte nationale d'identité figure sur la copie jointe.", "880692310285")]
    [InlineData("19AB12345 (passeport) – à vérifier avec l'original", "19AB12345")]
    [InlineData("Numéro de titre : 7512345678 (titre de séjour pluriannuel)", "7512345678")]
    [InlineData("C.N.I. n° 880692310285 présentée au guichet", "880692310285")]
    [InlineData("Passep. n° 19AB12345", "19AB12345")]
    [InlineData("CNI n° 880 692 310 285", "880 692 310 285")]
    [InlineData("titre de séjour n° 75 0301 2345", "75 0301 2345")]
    [InlineData("n° AGDREF 75 12 34 56 78", "75 12 34 56 78")]
    [InlineData("passeport n° 19-AB-12345", "19-AB-12345")]
    [InlineData("Autorisation provisoire de séjour : APS n° 7512345678", "7512345678")]
    [InlineData("DCEM n° 7512345678 (mineur)", "7512345678")]
    [InlineData("titre d'identité républicain n° 7512345678", "7512345678")]
    [InlineData("n° de ressortissant étranger 7512345678", "7512345678")]
    [InlineData("Nom;N° titre séjour;Expiration\nDiallo;6912345678;12/03/2026", "6912345678")]
    [InlineData("nom,prenom,num_piece_identite\nLeroy,Anne,880692310285", "880692310285")]
    [InlineData("Pièce d'identité : carte nationale d'identité délivrée le 12/03/2015 par la sous-préfecture de Saint-Julien-en-Genevois\nN° : 880692310285", "880692310285")]
    public void IdDocumentLayoutIsFound(string text, string value) => Detect.Found(text, Categories.IdDocument, value);

    [Theory]
    [InlineData("Permis de construire n° 074225240012 accordé.")]
    [InlineData("permis d'aménager n° 074225240012")]
    [InlineData("permis de démolir n° 074225240012")]
    [InlineData("Permis de construire déposé le 12/03/2024 sous le n° 074225240012")]
    [InlineData("titre de séjour, joignable au 06 12 34 56 78")]
    [InlineData("Facture 1234567890 (titre de recette)")]
    [InlineData("Le nombre de CNI délivrées en 2024 est de 12 450.")]
    public void IdDocumentLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.IdDocument);

    [Theory]
    [InlineData("Matricule CAF : 1234567", "1234567")]
    [InlineData("Identifiant FT : 1234567A", "1234567A")]
    [InlineData("n° FT : 1234567A", "1234567A")]
    [InlineData("identifiant ex-Pôle emploi 7654321B", "7654321B")]
    [InlineData("identifiant Pôle emploi : 1234567a", "1234567a")]
    [InlineData("1234567 (n° CAF)", "1234567")]
    [InlineData("matricule : 1234567 (CAF)", "1234567")]
    [InlineData("Réf. alloc. : 1234567", "1234567")]
    [InlineData("nom,prenom,num_caf\nLeroy,Anne,1234567", "1234567")]
    [InlineData("nom;prenom;identifiant_ft\nDurand;Julie;1234567A", "1234567A")]
    [InlineData("Son dossier est suivi par la CAF du Rhône, qui lui verse l'APL ; numéro 1234567", "1234567")]
    public void SocialBenefitLayoutIsFound(string text, string value) => Detect.Found(text, Categories.SocialBenefitId, value);

    [Theory]
    [InlineData("La CAF a versé 1234567 euros en 2024.")]
    [InlineData("La CAF compte 1234567 allocataires.")]
    [InlineData("CAF : convention 2024 n° 1234567")]
    [InlineData("France Travail, tél. 3949, 1234567 visites")]
    [InlineData("Budget CAF : 1234567")]
    [InlineData("Réunion du 12/03 (FT) : 1234567 inscrits")]
    [InlineData("Le soft de gestion, 1234567 (ft) ")]
    public void SocialBenefitLookalikesAreNotFound(string text) => Detect.NotFound(text, Categories.SocialBenefitId);
}
