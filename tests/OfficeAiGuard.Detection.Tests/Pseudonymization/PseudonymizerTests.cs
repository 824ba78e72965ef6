using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Pseudonymization;

namespace OfficeAiGuard.Detection.Tests.Pseudonymization;

/// <summary>Property-style tests on generated texts, plus the placeholder rules.</summary>
public class PseudonymizerTests
{
    private static readonly AnalyzerEngine Engine = new();

    private static readonly string[] FirstNames = ["Sophie", "Jean-Marc", "Fatima", "Karim", "Chloé", "Léon", "Aminata", "Hélène", "Mohamed", "Nadia"];
    private static readonly string[] Surnames = ["MARTIN", "Durand", "BENALI", "Lefèvre", "GARNIER", "Moreau", "DIALLO", "LE FLOCH", "Da Silva", "Nguyen"];
    private static readonly string[] Nirs = ["1 96 06 974 54 041 14", "253072B07300470", "2 95 10 99 126 111 93"];
    private static readonly string[] Ibans = ["FR76 1949 1352 4901 4193 1417 009", "FR1420041010050500013M02606"];

    /// <summary>A random French administrative text with generated identifiers and names.</summary>
    private static string Generate(Random r)
    {
        var parts = new List<string>();
        int people = r.Next(1, 4);
        var names = Enumerable.Range(0, people).Select(_ => (First: FirstNames[r.Next(FirstNames.Length)], Last: Surnames[r.Next(Surnames.Length)])).ToList();
        parts.Add("Objet : dossier de " + names[0].Last + "\n\nBonjour,\n");
        foreach (var (first, last) in names)
        {
            parts.Add(r.Next(2) == 0 ? $"Mme {first} {last} est joignable au 06 {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)} {r.Next(10, 99)}." : $"M. {first} {last}, né le {r.Next(1, 28)}/0{r.Next(1, 9)}/19{r.Next(40, 99)}, habite {r.Next(1, 150)} rue des Lilas, 74150 Rumilly.");
            if (r.Next(2) == 0) parts.Add($"Son NIR est le {Nirs[r.Next(Nirs.Length)]} et son IBAN {Ibans[r.Next(Ibans.Length)]}.");
            if (r.Next(2) == 0) parts.Add($"{(r.Next(2) == 0 ? "Mme" : "M.")} {last} est bénéficiaire du RSA et {(r.Next(2) == 0 ? "en arrêt maladie" : "sous curatelle")}.");
            parts.Add($"Le conseil municipal a délibéré le {r.Next(1, 28)} mars sur le budget.");
        }
        parts.Add($"\nCordialement,\n{names[^1].First} {names[^1].Last}\n");
        return string.Join(" ", parts);
    }

    [Fact]
    public void RestoreInvertsPseudonymizeOnGeneratedTexts()
    {
        var r = new Random(1234);
        for (int i = 0; i < 300; i++)
        {
            string text = Generate(r);
            var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
            Assert.Equal(text, Pseudonymizer.Restore(result.Text, result.Mapping));
        }
    }

    [Fact]
    public void PseudonymisedTextHoldsNoDetectedValue()
    {
        var r = new Random(99);
        for (int i = 0; i < 100; i++)
        {
            string text = Generate(r);
            var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
            foreach (var e in result.Mapping.Entries)
                Assert.DoesNotContain(e.Value, result.Text.Replace(e.Placeholder, ""));
        }
    }

    [Fact]
    public void SameValueGetsTheSamePlaceholder()
    {
        string text = "NIR 1 96 06 974 54 041 14. Je répète : 1 96 06 974 54 041 14. Autre : 253072B07300470.";
        var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
        Assert.Equal("NIR [NIR_1]. Je répète : [NIR_1]. Autre : [NIR_2].", result.Text);
    }

    [Fact]
    public void SurnameAloneMapsToItsPerson()
    {
        string text = "Mme Josiane LACOSTE a appelé. Mme LACOSTE rappellera ; M. Karim BENALI aussi.";
        var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
        Assert.Equal("Mme [PERSONNE_1] a appelé. Mme [PERSONNE_1_NOM] rappellera ; M. [PERSONNE_2] aussi.", result.Text);
    }

    [Fact]
    public void AnotherSpellingOfAValueGetsAVariantAndRoundTrips()
    {
        string text = "Tél. 06 12 34 56 78 ou 06.12.34.56.78";
        var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
        Assert.Equal("Tél. [TELEPHONE_1] ou [TELEPHONE_1_V2]", result.Text);
        Assert.Equal(text, Pseudonymizer.Restore(result.Text, result.Mapping));
    }

    [Theory]
    [InlineData("Réponse pour PERSONNE_1 : appeler le TELEPHONE_1.")]
    [InlineData("Réponse pour [personne_1] : appeler le [Telephone_1].")]
    [InlineData("Réponse pour [PERSONNE 1] : appeler le [ TELEPHONE_1 ].")]
    [InlineData("Réponse pour Personne_1 : appeler le téléphone_1.")]
    public void RestoreToleratesWhatAiToolsDoToPlaceholders(string answer)
    {
        string text = "Mme Josiane LACOSTE, 06 12 34 56 78.";
        var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
        Assert.Equal("Réponse pour Josiane LACOSTE : appeler le 06 12 34 56 78.", Pseudonymizer.Restore(answer, result.Mapping));
    }

    [Fact]
    public void UnknownPlaceholdersAreLeftAlone()
    {
        string text = "Mme Josiane LACOSTE a appelé.";
        var result = Pseudonymizer.Pseudonymize(text, Engine.Analyze(text));
        Assert.Equal("Voir [PERSONNE_7].", Pseudonymizer.Restore("Voir [PERSONNE_7].", result.Mapping));
    }
}
