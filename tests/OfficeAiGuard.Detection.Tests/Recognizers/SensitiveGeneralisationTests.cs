using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Families widened for writing the engine had not seen (sick leave by its duration, specialists
/// and follow-up, examinations, hearing aids; isolation, lack of income, child reports, running
/// away, danger, retention; theft and fraud by their verb, a record, facts of an offence; sabbath,
/// political closeness), in sentences of our own; and the subjects that are nobody in particular
/// (a proportion, a hypothesis, a rule for anyone, a proposed new measure) with the lookalikes
/// that must stay quiet.
/// </summary>
public class SensitiveGeneralisationTests
{
    [Theory]
    [InlineData("Elle a été arrêtée quinze jours par son médecin.", "arrêtée quinze jours")]
    [InlineData("M. Tessier a demandé une visite de pré-reprise auprès du médecin du travail.", "visite de pré-reprise")]
    [InlineData("Mme Fontaine a prolongé son arrêt jusqu'au 15 mars.", "arrêt")]
    [InlineData("Son taux d'IPP est fixé à 12 % depuis l'accident de M. Carle.", "IPP")]
    [InlineData("Il ne peut pas porter de charges lourdes selon le médecin.", "charges lourdes")]
    [InlineData("Son taux d'incapacité a été fixé à 80 % par la CDAPH.", "incapacité")]
    [InlineData("M. Henry porte un appareil auditif depuis l'an dernier.", "appareil auditif")]
    [InlineData("M. Lopez est en situation de handicap.", "handicap")]
    [InlineData("Mme Roy a des problèmes de dos et ne peut plus travailler debout.", "problèmes de dos")]
    [InlineData("Il prend un traitement psychotrope depuis l'hiver.", "traitement psychotrope")]
    [InlineData("M. Lemaire attend les résultats de son IRM.", "IRM")]
    [InlineData("Mme Morel a rendez-vous chez l'oncologue mardi.", "oncologue")]
    [InlineData("Elle bénéficie d'un suivi psychologique depuis l'accident.", "psychologique")]
    [InlineData("Mme Vasseur a été opérée le 3 mai.", "opérée")]
    [InlineData("Il a passé la nuit aux urgences après sa chute.", "aux urgences")]
    [InlineData("Il part en cure de désintoxication en juin.", "cure de désintoxication")]
    [InlineData("Mme Carré a perdu son bébé au septième mois.", "perdu son bébé")]
    public void HealthFamilies(string text, string value) => Detect.Found(text, Categories.Health, value);

    [Theory]
    [InlineData("Mme Aubert, 87 ans, vit seule et n'a plus de contact avec sa famille.", "n'a plus de contact avec sa famille")]
    [InlineData("Mme Lambert, 92 ans, est isolée depuis le décès de son mari.", "isolée")]
    [InlineData("Depuis la mort de sa femme, M. Bernard se retrouve isolé.", "isolé")]
    [InlineData("M. Gros ne sort plus de chez lui et ne reçoit plus aucune visite.", "visite")]
    [InlineData("Elle n'a aucune ressource depuis la fin de son contrat.", "ressource")]
    [InlineData("Kevin, 19 ans, est en rupture familiale.", "rupture familiale")]
    [InlineData("Mme Bailly a subi une coupure d'électricité pour impayés.", "coupure d'électricité")]
    [InlineData("Une mesure d'AED a été mise en place pour la famille Martin.", "AED")]
    [InlineData("Un signalement au procureur a été fait pour Noa.", "signalement au procureur")]
    [InlineData("L'enfant a été signalé à la CRIP par l'école.", "signalé à la CRIP")]
    [InlineData("Kylian est en fugue depuis samedi, selon sa mère.", "fugue")]
    [InlineData("Sa fille a fugué deux fois ce mois-ci.", "fugué")]
    [InlineData("La situation de Jade révèle des carences éducatives graves.", "carences éducatives")]
    [InlineData("L'enfant fait l'objet d'une mesure judiciaire d'investigation éducative.", "investigation éducative")]
    [InlineData("Le père a perdu l'autorité parentale en 2020.", "autorité parentale")]
    [InlineData("Une requête a été adressée au juge des tutelles pour M. Valentin.", "juge des tutelles")]
    [InlineData("L'enfant est placé chez ses grands-parents par le juge.", "placé chez ses grands-parents")]
    [InlineData("M. Ndiaye est en situation irrégulière.", "situation irrégulière")]
    [InlineData("M. Osmani a été placé en centre de rétention administrative.", "rétention")]
    [InlineData("Son titre de séjour a expiré en janvier, précise M. Bamba.", "titre de séjour a expiré")]
    [InlineData("La famille Diallo vit dans un logement insalubre.", "insalubre")]
    [InlineData("Il est logé en hébergement d'urgence depuis janvier.", "hébergement d'urgence")]
    [InlineData("Il reçoit des colis alimentaires chaque semaine.", "colis alimentaires")]
    public void VulnerableFamilies(string text, string value) => Detect.Found(text, Categories.Vulnerable, value);

    [Theory]
    [InlineData("Son casier judiciaire mentionne deux condamnations.", "casier judiciaire")]
    [InlineData("M. Brun a commis un vol dans les vestiaires.", "vol")]
    [InlineData("Il a volé la carte bancaire de sa collègue.", "volé")]
    [InlineData("M. Collet a dérobé du matériel sur le chantier.", "dérobé")]
    [InlineData("Il a escroqué plusieurs personnes âgées du quartier.", "escroqué")]
    [InlineData("Il a été surpris en train de voler dans la caisse.", "surpris en train de voler")]
    [InlineData("M. Lebon est recherché par la gendarmerie.", "recherché par la gendarmerie")]
    [InlineData("Il doit pointer au commissariat chaque semaine.", "pointer au commissariat")]
    [InlineData("Son fils est sous main de justice.", "sous main de justice")]
    [InlineData("M. Noël a des antécédents judiciaires.", "antécédents judiciaires")]
    [InlineData("Il est connu pour des faits de vol.", "faits de vol")]
    [InlineData("Il comparaîtra devant le tribunal correctionnel en juin.", "comparaîtra")]
    [InlineData("M. Blanc fait l'objet d'une suspension de permis pour alcoolémie.", "permis")]
    public void CriminalFamilies(string text, string value) => Detect.Found(text, Categories.Criminal, value);

    [Theory]
    [InlineData("M. Lévy ne peut pas travailler pendant le shabbat.", "shabbat")]
    [InlineData("Mme Petit fait le carême et ne déjeune pas à la cantine.", "carême")]
    [InlineData("Il est sympathisant écologiste.", "sympathisant écologiste")]
    [InlineData("Elle est sympathisante de gauche.", "sympathisante de gauche")]
    [InlineData("M. Faure est proche du PCF.", "proche du PCF")]
    [InlineData("Mme Leclerc porte la mutation du gène BRCA1.", "mutation du gène")]
    public void SpecialCategoryFamilies(string text, string value) => Detect.Found(text, Categories.SpecialCategory, value);

    [Theory]
    // a proportion, a hypothesis, a rule for anyone, a proposed new measure
    [InlineData("Un agent sur cinq a été en arrêt maladie en 2023.", Categories.Health)]
    [InlineData("Deux agents sur trois sont en arrêt maladie au moins une fois par an.", Categories.Health)]
    [InlineData("En cas d'arrêt maladie, l'agent doit transmettre son avis d'arrêt sous 48 heures.", Categories.Health)]
    [InlineData("En cas de grossesse, l'agente informe son employeur avant la fin du troisième mois.", Categories.Health)]
    [InlineData("Si vous êtes bénéficiaire du RSA, vous pouvez prétendre à la tarification sociale.", Categories.Vulnerable)]
    [InlineData("Chaque enfant en situation de handicap bénéficie d'un accompagnement adapté.", Categories.Health)]
    [InlineData("Le règlement impose à l'agent de signaler toute suspension de permis sous 48 heures.", Categories.Criminal)]
    [InlineData("Mme Diaz ira mieux ; nous proposons une mesure d'aide éducative à domicile.", Categories.Vulnerable)]
    // a person's possessive is not an institution's
    [InlineData("La commune a remboursé ses dettes auprès du Trésor public.", Categories.Vulnerable)]
    // lookalikes
    [InlineData("Le hameau des Granges est isolé en hiver.", Categories.Vulnerable)]
    [InlineData("Le bâtiment C est isolé par l'extérieur depuis les travaux.", Categories.Vulnerable)]
    [InlineData("L'agent de sécurité n'a plus de contact avec le PC sécurité après 22 h.", Categories.Vulnerable)]
    [InlineData("Le conservatoire présente une fugue de Bach au concert de Noël.", Categories.Vulnerable)]
    [InlineData("Le signalement de la panne a été fait au prestataire par M. Roy.", Categories.Vulnerable)]
    [InlineData("La construction de M. Petit est en situation irrégulière au regard du PLU.", Categories.Vulnerable)]
    [InlineData("La mise à l'abri des populations est prévue en cas d'inondation.", Categories.Vulnerable)]
    [InlineData("Le vent a volé le toit de l'abri de bus.", Categories.Criminal)]
    [InlineData("Il est recherché un agent pour le service des espaces verts.", Categories.Criminal)]
    [InlineData("Le projet a été arrêté trois mois faute de financement.", Categories.Health)]
    [InlineData("M. Durand a attendu son arrêt de bus sous la pluie.", Categories.Health)]
    [InlineData("L'IRM du centre hospitalier sera remplacée en 2026.", Categories.Health)]
    [InlineData("La mutation de M. Durand au service urbanisme prend effet le 1er mars.", Categories.SpecialCategory)]
    [InlineData("Mme Gay a été recrutée comme secrétaire de mairie.", Categories.SpecialCategory)]
    [InlineData("Le carême commence le 5 mars selon le calendrier liturgique.", Categories.SpecialCategory)]
    // policy-level mentions with no individual
    [InlineData("Le plan départemental de lutte contre les violences faites aux femmes sera présenté en mai.", Categories.Vulnerable)]
    [InlineData("Le budget de l'aide sociale à l'enfance augmente de 4 % cette année.", Categories.Vulnerable)]
    [InlineData("La permanence du syndicat CGT a lieu le mardi de 14 h à 17 h.", Categories.SpecialCategory)]
    [InlineData("Les bénéficiaires du RSA du département sont convoqués à une réunion d'information.", Categories.Vulnerable)]
    [InlineData("Le service a reçu 48 informations préoccupantes en 2023.", Categories.Vulnerable)]
    [InlineData("Le nombre de gardes à vue a baissé de 10 % dans la circonscription.", Categories.Criminal)]
    public void NobodyInParticular(string text, string category) => Detect.NotFound(text, category);

    [Fact]
    public void ANamedPersonAfterAPluralSubjectIsAboutThem() =>
        Detect.Found("Les parents de Yanis Benali nous écrivent : il est suivi par un pédopsychiatre depuis mars.", Categories.Health, "pédopsychiatre");
}
