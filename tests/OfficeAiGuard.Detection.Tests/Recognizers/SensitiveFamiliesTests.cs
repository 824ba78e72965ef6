using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// Art. 9 / art. 10 / vulnerability facts in the wordings of mairies, CCAS, départements, EHPAD,
/// police municipale and HR that the dev corpus does not show, one or more per vocabulary family;
/// the group-level and institutional lookalikes that must stay quiet; and the same facts without
/// accents, in capitals or with no-break spaces.
/// </summary>
public class SensitiveFamiliesTests
{
    [Theory]
    // leave and work medicine
    [InlineData("M. Lopez reprend en mi-temps thérapeutique à compter du 1er septembre.", "mi-temps thérapeutique")]
    [InlineData("L'adjoint technique est en CLM depuis janvier.", "CLM")]
    [InlineData("Mme Roux a été victime d'un accident de service le 12 mai.", "accident de service")]
    [InlineData("Le médecin de prévention préconise pour M. Garnier un poste sans manutention lourde.", "médecin de prévention préconise")]
    [InlineData("Il a été reconnu en maladie professionnelle pour un syndrome du canal carpien.", "maladie professionnelle")]
    // pregnancy
    [InlineData("Mme N'Diaye est en congé maternité jusqu'en juin.", "congé maternité")]
    [InlineData("Mme Perrin sera en congé pathologique à partir du 3 mars.", "congé pathologique")]
    [InlineData("Elle est engagée dans un parcours de PMA et devra s'absenter.", "PMA")]
    // conditions
    [InlineData("Mme Lemoine souffre d'insuffisance cardiaque et ne peut pas monter les étages.", "insuffisance cardiaque")]
    [InlineData("Son mari est sous oxygène à domicile à cause de sa BPCO.", "BPCO")]
    [InlineData("Il est en rémission d'un lymphome.", "lymphome")]
    [InlineData("L'enfant a une déficience intellectuelle légère.", "déficience intellectuelle")]
    [InlineData("Il a un taux d'incapacité de 50 % reconnu par la MDPH.", "taux d'incapacité")]
    // mental health and addictions
    [InlineData("M. Benali a fait une décompensation psychotique.", "décompensation")]
    [InlineData("M. Roussel est suivi en addictologie pour sa consommation de cannabis.", "addictologie")]
    [InlineData("Il est dépendant à l'alcool.", "dépendant à l'alcool")]
    // disability
    [InlineData("Mme Hoarau est sourde et communique en langue des signes.", "sourde")]
    [InlineData("Il est dyslexique et dysorthographique.", "dyslexique")]
    // care
    [InlineData("Une infirmière à domicile passe matin et soir chez M. Caron.", "infirmière à domicile")]
    [InlineData("Il est pris en charge par le SSIAD depuis sa sortie d'hôpital.", "SSIAD")]
    [InlineData("Il est en convalescence chez sa fille jusqu'à la fin du mois.", "convalescence")]
    public void HealthInOtherWordings(string text, string value) => Detect.Found(text, Categories.Health, value);

    [Theory]
    [InlineData("Il est adhérent de FO et candidat aux élections professionnelles.", "adhérent de FO")]
    [InlineData("Mme Leclerc est adhérente à la CGT depuis 2015.", "adhérente à la CGT")]
    [InlineData("M. Petit, élu du personnel UNSA au comité social territorial, demande un rendez-vous.", "élu du personnel UNSA")]
    [InlineData("Elle siège au CST au titre de la CFDT.", "au titre de la CFDT")]
    [InlineData("M. Morin a été élu sous l'étiquette Les Républicains en 2020.", "élu sous l'étiquette Les Républicains")]
    [InlineData("Il est sympathisant LFI.", "sympathisant LFI")]
    [InlineData("M. Girard est proche de l'extrême droite.", "extrême droite")]
    [InlineData("La famille est de religion juive et ne mange pas de porc.", "religion juive")]
    [InlineData("Il fréquente la mosquée du quartier tous les vendredis.", "mosquée")]
    [InlineData("Elle porte le hijab au travail.", "porte le hijab")]
    [InlineData("Ses parents sont d'origine congolaise.", "origine congolaise")]
    [InlineData("Elle est en transition de genre et demande l'usage de son prénom choisi.", "transition de genre")]
    [InlineData("Il est franc-maçon et membre d'une loge.", "franc-maçon")]
    [InlineData("Le test ADN a confirmé la paternité de M. Bernard.", "ADN")]
    public void SpecialCategoryInOtherWordings(string text, string value) => Detect.Found(text, Categories.SpecialCategory, value);

    [Theory]
    [InlineData("Il a fait l'objet d'une interdiction de paraître et d'un rappel à la loi.", "interdiction de paraître")]
    [InlineData("Il est soumis à une obligation de soins dans le cadre de son sursis probatoire.", "obligation de soins")]
    [InlineData("Le parquet lui a proposé une composition pénale.", "composition pénale")]
    [InlineData("Il a été condamné par ordonnance pénale à 300 € d'amende.", "ordonnance pénale")]
    [InlineData("Une interdiction de contact avec la victime a été prononcée contre lui.", "interdiction de contact")]
    [InlineData("Il doit effectuer un stage de citoyenneté.", "stage de citoyenneté")]
    [InlineData("Une main courante a été déposée à son encontre par sa voisine.", "main courante a été déposée à son encontre")]
    [InlineData("Il porte un bracelet anti-rapprochement.", "bracelet anti-rapprochement")]
    [InlineData("Il est connu des services de police pour des faits de violence.", "connu des services de police")]
    [InlineData("Il est en semi-liberté et travaille en journée.", "semi-liberté")]
    [InlineData("M. Lefort a été reconnu coupable de harcèlement moral.", "coupable de")]
    [InlineData("Il a écopé de six mois ferme.", "écopé de")]
    [InlineData("Il a été mis en examen pour agression sexuelle.", "mis en examen")]
    [InlineData("Il a été placé en cellule de dégrisement.", "dégrisement")]
    public void CriminalInOtherWordings(string text, string value) => Detect.Found(text, Categories.Criminal, value);

    [Theory]
    [InlineData("M. Durand est au RSA depuis 2019.", "RSA")]
    [InlineData("Elle est à l'AAH depuis dix ans.", "AAH")]
    [InlineData("La famille de Mme Girard est orientée vers l'épicerie sociale.", "orientée vers l'épicerie sociale")]
    [InlineData("Mme Petit a sollicité une aide du FSL pour ses impayés d'énergie.", "sollicité une aide du FSL")]
    [InlineData("Il fait l'objet d'une procédure de rétablissement personnel.", "rétablissement personnel")]
    [InlineData("Elle a déposé un dossier Banque de France.", "dossier Banque de France")]
    [InlineData("Le ménage Fabre est menacé d'expulsion.", "menacé d'expulsion")]
    [InlineData("La famille est hébergée à l'hôtel par le 115.", "hébergée à l'hôtel")]
    [InlineData("Elle vit en squat depuis l'été.", "vit en squat")]
    [InlineData("Il est domicilié au CCAS depuis deux ans.", "domicilié au CCAS")]
    [InlineData("Mme Hamel est très isolée socialement et ne sort plus de chez elle.", "isolée socialement")]
    [InlineData("Une habilitation familiale a été accordée à sa fille pour gérer ses comptes.", "habilitation familiale")]
    [InlineData("Elle est sous l'emprise de son conjoint.", "emprise de son conjoint")]
    [InlineData("Elle a été mise à l'abri avec ses enfants à l'hôtel.", "abri")]
    [InlineData("M. Karimi est demandeur d'asile et hébergé en CADA.", "demandeur d'asile")]
    [InlineData("Le jeune est pris en charge en contrat jeune majeur.", "contrat jeune majeur")]
    [InlineData("Il est pupille de l'État.", "pupille de l'État")]
    [InlineData("Elle est classée en GIR 2 depuis son entrée à l'EHPAD.", "GIR 2")]
    public void VulnerableInOtherWordings(string text, string value) => Detect.Found(text, Categories.Vulnerable, value);

    [Theory]
    [InlineData("Le service de l'ASE recrute deux éducateurs spécialisés.", "VULNERABLE")]
    [InlineData("La directrice du CSAPA a présenté le rapport d'activité au conseil.", "HEALTH")]
    [InlineData("L'équipe du CSAPA interviendra au collège le 12 mars.", "HEALTH")]
    [InlineData("La commission de surendettement se réunit le premier mardi du mois.", "VULNERABLE")]
    [InlineData("Le plan canicule est activé : les personnes âgées isolées sont invitées à s'inscrire sur le registre.", "VULNERABLE")]
    [InlineData("Les personnes âgées dépendantes du département bénéficient de l'APA à domicile.", "VULNERABLE")]
    [InlineData("Le congé maternité est de 16 semaines pour le premier enfant.", "HEALTH")]
    [InlineData("Les agents en arrêt maladie doivent transmettre leur avis sous 48 heures.", "HEALTH")]
    [InlineData("Le syndicat CGT a déposé un préavis de grève pour le 5 décembre.", "SPECIAL_CATEGORY")]
    [InlineData("La liste des candidats aux élections professionnelles est affichée.", "SPECIAL_CATEGORY")]
    [InlineData("La maison d'arrêt de la ville compte 600 détenus.", "CRIMINAL")]
    [InlineData("Le plan de prévention de la délinquance a été adopté.", "CRIMINAL")]
    [InlineData("Je vous confirme que votre demande a été classée sans suite faute de pièces.", "CRIMINAL")]
    [InlineData("M. Henry, juge des enfants, participera à la table ronde.", "VULNERABLE")]
    [InlineData("Le Département finance les mesures d'accompagnement social personnalisé.", "VULNERABLE")]
    [InlineData("La collecte de sang aura lieu salle des fêtes.", "HEALTH")]
    [InlineData("Une deuxième station biométrique a été installée en mairie annexe.", "SPECIAL_CATEGORY")]
    [InlineData("Le gymnase est accessible aux personnes à mobilité réduite.", "HEALTH")]
    [InlineData("Objet : Congé maternité – Mme Isnard (contractuelle, service culturel)", "HEALTH")]
    [InlineData("Il faut prévoir des places pour les personnes en fauteuil roulant lors de la cérémonie.", "HEALTH")]
    public void GroupAndInstitutionalLookalikesAreNotFindings(string text, string category) => Detect.NotFound(text, category);

    /// <summary>Words of the vocabularies in their everyday administrative sense, next to a person cue.</summary>
    [Theory]
    [InlineData("Il a déposé la requête au greffe du tribunal administratif.", "HEALTH")]
    [InlineData("Elle rappelle que la lutte contre la fracture numérique est une priorité.", "HEALTH")]
    [InlineData("Le service souffre d'un manque de moyens depuis deux ans, il le rappelle.", "HEALTH")]
    [InlineData("L'atteinte de l'objectif de 20 % de logements sociaux est reportée, il le regrette.", "HEALTH")]
    [InlineData("Ce retard est handicapant pour le projet, il faut relancer l'entreprise.", "HEALTH")]
    [InlineData("Contraintes du poste : port de charges et station debout prolongée ; vous travaillerez en équipe.", "HEALTH")]
    [InlineData("Il recommande de poursuivre le plan de prévention des troubles musculo-squelettiques.", "HEALTH")]
    [InlineData("Je vous adresse le rapport : l'établissement accueille 82 résidents, dont 28 en unité Alzheimer.", "HEALTH")]
    [InlineData("Son fils est scolarisé à l'école catholique Saint-Joseph.", "SPECIAL_CATEGORY")]
    [InlineData("Il est délégué du syndicat intercommunal des eaux.", "SPECIAL_CATEGORY")]
    [InlineData("Vous trouverez ci-joint l'accusé de réception de votre demande.", "CRIMINAL")]
    [InlineData("Le maire a été interpellé par les habitants sur la sécurité du carrefour.", "CRIMINAL")]
    [InlineData("La porte de secours est condamnée pendant les travaux, il faut passer par l'entrée nord.", "CRIMINAL")]
    [InlineData("Le préfet a décidé un sursis à statuer sur la demande de permis de M. Roux.", "CRIMINAL")]
    [InlineData("Il doit obtenir un permis de détention pour son chien de catégorie 2.", "CRIMINAL")]
    [InlineData("Le retrait du permis de construire de M. Blanc a été notifié.", "CRIMINAL")]
    [InlineData("Il a rappelé l'importance du rappel à la loi par le maire.", "CRIMINAL")]
    [InlineData("Le copieur est en fin de vie, il sera remplacé en mars.", "HEALTH")]
    [InlineData("Le serveur est hébergé à l'hôtel de ville, il sera migré en mars.", "VULNERABLE")]
    [InlineData("La construction de M. Petit est en situation irrégulière au regard du PLU.", "VULNERABLE")]
    [InlineData("L'EPCI est placé sous la tutelle du préfet, il rappelle ses obligations.", "VULNERABLE")]
    [InlineData("Le dossier a été confié aux services techniques.", "VULNERABLE")]
    public void EverydayMeaningsAreNotFindings(string text, string category) => Detect.NotFound(text, category);

    [Theory]
    [InlineData("Il a été greffé du rein en 2020.", "greffé", "HEALTH")]
    [InlineData("Elle a été testée positive au covid et reste chez elle.", "covid", "HEALTH")]
    [InlineData("Le médecin du travail préconise pour Mme Roy un poste sans port de charges.", "port de charges", "HEALTH")]
    [InlineData("Il est catholique pratiquant.", "catholique", "SPECIAL_CATEGORY")]
    [InlineData("Il sort de détention le mois prochain.", "détention", "CRIMINAL")]
    [InlineData("Il a été interpellé par la police pour vol.", "interpellé", "CRIMINAL")]
    [InlineData("Il est en situation irrégulière depuis le rejet de sa demande.", "situation irrégulière", "VULNERABLE")]
    [InlineData("M. Colin est sous tutelle depuis 2019.", "sous tutelle", "VULNERABLE")]
    [InlineData("L'agente a fait une fausse couche la semaine dernière.", "fausse couche", "HEALTH")]
    [InlineData("M. Haddad a fait un malaise au volant et a été pris en charge par le SAMU.", "malaise", "HEALTH")]
    [InlineData("Le résident de la chambre 12 refuse de prendre son traitement depuis trois jours.", "prendre son traitement", "HEALTH")]
    [InlineData("Il est membre du bureau départemental de la CFDT.", "membre du bureau départemental de la CFDT", "SPECIAL_CATEGORY")]
    [InlineData("Mme Fabre a un plan de surendettement en cours.", "surendettement", "VULNERABLE")]
    [InlineData("Mme Martin prend un traitement anticancéreux.", "traitement anticancéreux", "HEALTH")]
    [InlineData("Le résident est en fin de vie et sa famille a été prévenue.", "en fin de vie", "HEALTH")]
    [InlineData("Le jeune a commis des dégradations volontaires sur l'abribus.", "commis des dégradations", "CRIMINAL")]
    [InlineData("M. Bailly a été pris en charge par le Samu social.", "Samu social", "VULNERABLE")]
    [InlineData("Il vit seul, sans aucun soutien familial, dans un logement insalubre.", "sans aucun soutien familial", "VULNERABLE")]
    [InlineData("L'enfant a été retiré à sa mère par décision du juge.", "retiré à sa mère", "VULNERABLE")]
    public void SameWordsAboutAPersonAreFound(string text, string value, string category) => Detect.Found(text, category, value);

    [Theory]
    [InlineData("mme n'diaye est en conge maternite jusqu'en juin.", "conge maternite", "HEALTH")]
    [InlineData("ELLE EST EN ARRET MALADIE DEPUIS LUNDI.", "ARRET MALADIE", "HEALTH")]
    [InlineData("Elle est en\u00A0congé\u00A0maternité depuis avril.", "congé\u00A0maternité", "HEALTH")]
    [InlineData("il est adherent de fo depuis longtemps.", "adherent de fo", "SPECIAL_CATEGORY")]
    [InlineData("IL A ETE PLACE EN GARDE A VUE HIER SOIR.", "GARDE A VUE", "CRIMINAL")]
    [InlineData("il a fait l'objet d'une interdiction de paraitre.", "interdiction de paraitre", "CRIMINAL")]
    [InlineData("elle est beneficiaire de l'aah depuis 2018.", "beneficiaire de l'aah", "VULNERABLE")]
    [InlineData("Il est hébergé à l’hôtel par le 115 depuis lundi.", "hébergé à l’hôtel", "VULNERABLE")]
    public void EvasionVariantsAreFound(string text, string value, string category) => Detect.Found(text, category, value);

    /// <summary>A finding's evidence names the vocabulary and the person cue, never the sensitive words.</summary>
    [Theory]
    [InlineData("La secrétaire enceinte est en arrêt maladie depuis lundi.")]
    [InlineData("Mme N'Diaye est en congé maternité jusqu'en juin.")]
    [InlineData("Il est adhérent de FO et candidat aux élections professionnelles.")]
    [InlineData("Il a été mis en examen pour agression sexuelle.")]
    [InlineData("La jeune, demandeuse d'asile, est hébergée à l'hôtel par le 115.")]
    public void EvidenceNeverHoldsTheMatchedWords(string text)
    {
        var findings = Detect.All(text).Where(f => f.Category is Categories.Health or Categories.SpecialCategory
            or Categories.Criminal or Categories.Vulnerable).ToList();
        Assert.NotEmpty(findings);
        foreach (var f in findings)
            foreach (var word in text[f.Start..f.End].Split(' ', '\'', '’').Where(w => w.Length >= 4))
                Assert.DoesNotContain(f.Evidence, e => e.Contains(word, StringComparison.OrdinalIgnoreCase));
    }
}
