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

    [Theory]
    [InlineData("Il habite au lieu-dit Les Granges, 38350 La Mure.", "lieu-dit Les Granges, 38350 La Mure")]
    [InlineData("Elle réside Résidence Les Glycines, bâtiment B, 74000 Annecy.", "Résidence Les Glycines, bâtiment B, 74000 Annecy")]
    [InlineData("Domicile : appartement 12, bâtiment B, Résidence Les Glycines, 3 rue Pasteur, 74000 Annecy", "appartement 12, bâtiment B")]
    [InlineData("Il vit au 3 place du Marché, 2e étage, porte gauche, 74000 Annecy.", "74000 Annecy")]
    [InlineData("Hameau de Chez Dupont, 74370 Villaz", "Hameau de Chez Dupont, 74370 Villaz")]
    [InlineData("domicilié rue des Lilas à Rumilly", "rue des Lilas à Rumilly")]
    [InlineData("domicilié au 12B rue des Lilas, 74150 Rumilly", "12B rue des Lilas")]
    [InlineData("12 RUE DES LILAS 74150 RUMILLY", "12 RUE DES LILAS 74150 RUMILLY")]
    [InlineData("Adresse postale : 8 allée des Chênes – 74600 Seynod", "74600 Seynod")]
    [InlineData("Je vis 12 rue de la Paix à Paris 75002.", "Paris 75002")]
    [InlineData("M. Dupont, demeurant à 74150 Rumilly, a signé.", "74150 Rumilly")]
    [InlineData("Elle est domiciliée à Rumilly (74150).", "Rumilly (74150)")]
    [InlineData("Adresse : Les Hauts de Chavanod, 74650 Chavanod", "Les Hauts de Chavanod, 74650 Chavanod")]
    public void AddressInAnotherLayout(string text, string value) => Detect.Found(text, Categories.PostalAddress, value);

    [Fact]
    public void AddressKeepsItsHamletAndStopsAtTheEndOfItsLine()
    {
        string text = "Adresse : 3 impasse des Vergers, hameau de Chez Vuillet, 74540 Alby-sur-Chéran\nPrésents : Mme Fournier";
        var f = Assert.Single(Detect.All(text), x => x.Category == Categories.PostalAddress);
        Assert.Equal("3 impasse des Vergers, hameau de Chez Vuillet, 74540 Alby-sur-Chéran", text[f.Start..f.End]);
    }

    [Theory]
    [InlineData("La mairie est située 1 place de l'Hôtel de Ville, 74000 Annecy.")]
    [InlineData("Service urbanisme, 7 rue du Pâquier, BP 2305, 74011 Annecy Cedex")]
    [InlineData("Réunion publique au 12 rue Royale à 18h.")]
    [InlineData("La collecte aura lieu au 12 rue Royale.")]
    [InlineData("La société Dupont SAS, 10 rue de la Paix, 75002 Paris, est titulaire du marché.")]
    [InlineData("Les travaux rue des Lilas, 74150 Rumilly, débutent lundi.")]
    [InlineData("Il est domicilié à Rumilly depuis trois ans.")]
    [InlineData("La mise en place Mardi de la collecte ; rendez-vous place Saint-Pierre.")]
    [InlineData("Rendez-vous chez le médecin rue Carnot mardi, puis chez le dentiste à Rumilly (74150).")]
    public void InstitutionalOrIncompleteAddressIsNotReported(string text) => Detect.NotFound(text, Categories.PostalAddress);

    [Theory]
    [InlineData("Né à Lyon le 4 juillet 1962.", "4 juillet 1962")]
    [InlineData("né à Annecy (74) le 3/05/1970", "3/05/1970")]
    [InlineData("Née le 01.01.1950 à Dakar (Sénégal), elle vit seule.", "01.01.1950")]
    [InlineData("Mme X, née Dupont le 3 mars 1960, demande une aide.", "3 mars 1960")]
    [InlineData("Date de naissance : 1984-03-01", "1984-03-01")]
    [InlineData("DN : 01/03/1984", "01/03/1984")]
    [InlineData("D.N. : 12/05/1984", "12/05/1984")]
    [InlineData("Mme Martin, né(e) le 12/03/1985, réside à Annecy.", "12/03/1985")]
    [InlineData("Né(e) le : 12/03/1985", "12/03/1985")]
    [InlineData("Élève né·e le 12/03/2015", "12/03/2015")]
    [InlineData("date et lieu de naissance : 12/03/1985 à Lyon", "12/03/1985")]
    [InlineData("Date de naissance de l'enfant : 12/05/2019", "12/05/2019")]
    [InlineData("Date de naiss. : 03/03/1985", "03/03/1985")]
    [InlineData("Date de naissance : 12 / 03 / 1985", "12 / 03 / 1985")]
    [InlineData("née en mars 1984, elle a deux enfants", "mars 1984")]
    [InlineData("Né le 3 mars 85.", "3 mars 85")]
    [InlineData("Inscription de Sophie Martin (03/03/1985) au club.", "03/03/1985")]
    [InlineData("Liste des adhérents : Sophie Martin, 3 mars 1985, Annecy", "3 mars 1985")]
    [InlineData("Naissance le 3 mars 1960 à Lyon.", "3 mars 1960")]
    [InlineData("Voici le fichier :\nnom;prenom;date_naissance;ville\nDupont;Jean;03/03/1960;Annecy\nMartin;Sophie;12/05/1984;Rumilly", "12/05/1984")]
    [InlineData("| Nom | Prénom | Date de naissance |\n|---|---|---|\n| Dupont | Jean | 03/03/1960 |", "03/03/1960")]
    [InlineData("Nom\tPrénom\tDDN\nDupont\tJean\t1960-03-03", "1960-03-03")]
    public void BirthDateInAnotherWording(string text, string value) => Detect.Found(text, Categories.DateOfBirth, value);

    [Fact]
    public void YearOfBirthAloneIsReportedLow()
    {
        var f = Assert.Single(Detect.All("Il est né en 1984 à Oran."), x => x.Category == Categories.DateOfBirth);
        Assert.Equal(Confidence.Low, f.Confidence);
    }

    [Fact]
    public void BirthEvidenceHoldsNeitherTheDateNorThePlaceNorTheMaidenName()
    {
        foreach (var text in new[] { "Née Dupont le 3 mars 1960 à Lyon.", "Né à Lyon le 4 juillet 1962.", "Date de naissance de M. Dupont : 03/03/1960" })
        {
            var f = Assert.Single(Detect.All(text), x => x.Category == Categories.DateOfBirth);
            Assert.All(f.Evidence, e => Assert.DoesNotContain("Dupont", e));
            Assert.All(f.Evidence, e => Assert.DoesNotContain("Lyon", e));
            Assert.All(f.Evidence, e => Assert.DoesNotContain(text[f.Start..f.End], e));
        }
    }

    [Theory]
    [InlineData("Mme Sow, née Diop le 3 mars 1960 à Dakar, domiciliée à Rumilly (74150), tél. 06 12 34 56 78.")]
    [InlineData("De : Sandrine\nVoir avec Baptiste ; écris à jean.dupont[at]gmail.com ; Adresse : Les Hauts de Chavanod, 74650 Chavanod")]
    [InlineData("nom;prenom;date_naissance\nDupont;Jean;03/03/1960")]
    public void EvidenceNeverHoldsTheValue(string text) =>
        Assert.All(Detect.All(text), f => Assert.All(f.Evidence, e => Assert.DoesNotContain(text[f.Start..f.End], e)));

    [Theory]
    [InlineData("Le marché est né le 12 mars 2024 d'une concertation.")]
    [InlineData("Le projet, né en 2019, se poursuit ; la demande est née en mars 2024.")]
    [InlineData("Date de la réunion : 12/03/2025. Date de dépôt : 1984-03-01.")]
    [InlineData("Réunion avec M. Dupont (12/03/2025) en mairie.")]
    [InlineData("Lu et approuvé, signé Jean Dupont, 12/03/2021")]
    [InlineData("Nouveau-né le 3 mars : félicitations à la famille.")]
    [InlineData("nom;prenom;date_entree\nDupont;Jean;03/03/2020")]
    [InlineData("matricule,nom,date de naissance connue\n0042,Dupont,03/03/2020")]
    public void OtherDatesAreNotBirthDates(string text) => Detect.NotFound(text, Categories.DateOfBirth);

    [Theory]
    [InlineData("N° de téléphone : 0612345678", "0612345678")]
    [InlineData("Tél : (+33) 6 12 34 56 78", "(+33) 6 12 34 56 78")]
    [InlineData("Tel: 06/12/34/56/78", "06/12/34/56/78")]
    [InlineData("Tél : 06–12–34–56–78", "06–12–34–56–78")]
    [InlineData("Appeler le 06 12 345 678 après 18h.", "06 12 345 678")]
    [InlineData("Tél: 0 6 1 2 3 4 5 6 7 8", "0 6 1 2 3 4 5 6 7 8")]
    [InlineData("Son numéro suisse : +41 22 123 45 67", "+41 22 123 45 67")]
    [InlineData("Tél. +44 20 7946 0958 (domicile)", "+44 20 7946 0958")]
    [InlineData("Contrat n° 0612345678 ; en cas de problème : 04 50 12 34 56 (portable)", "04 50 12 34 56")]
    public void PhoneInAnotherWriting(string text, string value) => Detect.Found(text, Categories.Phone, value);

    [Fact]
    public void ReferenceNumberNextToAPhoneIsNotOne()
    {
        string text = "Facture n° 0612345678, tél. 0698765432";
        var f = Assert.Single(Detect.All(text), x => x.Category == Categories.Phone);
        Assert.Equal("0698765432", text[f.Start..f.End]);
    }

    [Theory]
    [InlineData("Facture n° 0612345678")]
    [InlineData("Dossier n° 0450123456 à traiter.")]
    [InlineData("Référence : 0612345678")]
    [InlineData("Commande 0612345678 du 3 mars.")]
    [InlineData("Montant : 0612345678 €")]
    [InlineData("Le lot 06 12 345 678 est attribué.")]
    [InlineData("Budget : +123 456 789 € sur trois ans.")]
    public void ReferenceOrAmountIsNotAPhone(string text) => Detect.NotFound(text, Categories.Phone);

    [Theory]
    [InlineData("Écrire à élodie.dupont@orange.fr", "élodie.dupont@orange.fr")]
    [InlineData("Mail : jean.dupont[at]gmail.com", "jean.dupont[at]gmail.com")]
    [InlineData("Mail : jean.dupont (at) gmail.com", "jean.dupont (at) gmail.com")]
    [InlineData("Mail : jean(dot)dupont(at)gmail(dot)com", "jean(dot)dupont(at)gmail(dot)com")]
    [InlineData("Courriel : sophie (arobase) free (point) fr", "sophie (arobase) free (point) fr")]
    public void EmailInAnotherWriting(string text, string value)
    {
        int start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.Contains(Detect.All(text), f => f.Category == Categories.Email && f.Start == start && f.End == start + value.Length);
    }

    [Fact]
    public void DisguisedEmailsAreFoundAnywhereInALargeText()
    {
        // Marks far apart (each its own window), two close together (one merged window), one at the very end.
        string filler = string.Concat(Enumerable.Repeat("Le conseil municipal a examiné les dossiers de voirie du trimestre. ", 1500));
        string[] values = ["jean.dupont[at]gmail.com", "sophie (arobase) free (point) fr", "l.martin(at)orange.fr", "k.diallo [at] laposte.net"];
        string text = "Écrire à " + values[0] + ". " + filler + "Contact : " + values[1] + " ou " + values[2] + ". " + filler + "Mail : " + values[3];
        var emails = Detect.All(text).Where(f => f.Category == Categories.Email).Select(f => text[f.Start..f.End]).ToList();
        Assert.Equal(values, emails);
    }

    [Theory]
    [InlineData("Courriel : prenom.nom@ville-annecy.fr")]
    [InlineData("Écrire à accueil (at) rumilly.fr ou à etat-civil[at]rumilly.fr")]
    [InlineData("We met at home (at last). Point final.")]
    public void TemplateOrFunctionalMailboxIsNotPersonal(string text) => Detect.NotFound(text, Categories.Email);

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
