using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Tests.Analysis;

public class AnalyzerEngineTests
{
    [Fact]
    public void AllowListSuppressesTheOrganisationsOwnValues()
    {
        string text = "Standard de la mairie : 04 50 64 69 02. Mme Durand : 06 12 34 56 78.";
        var engine = new AnalyzerEngine(new AnalyzerOptions { AllowList = ["04.50.64.69.02"] });
        var phones = engine.Analyze(text).Where(f => f.Category == Categories.Phone).Select(f => text[f.Start..f.End]).ToList();
        Assert.Equal(["06 12 34 56 78"], phones);
    }

    [Fact]
    public void AllowListMatchesInternationalFormOfAPhone()
    {
        var engine = new AnalyzerEngine(new AnalyzerOptions { AllowList = ["04 50 64 69 02"] });
        Assert.Empty(engine.Analyze("Appelez le +33 4 50 64 69 02."));
    }

    [Fact]
    public void EveryFindingCarriesAnExplanationInFrenchAndEvidence()
    {
        string text = "Mme Josiane LACOSTE, née le 12/03/1985, NIR 1 96 06 974 54 041 14, bénéficiaire du RSA.";
        var findings = new AnalyzerEngine().Analyze(text);
        Assert.True(findings.Count >= 4);
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Explanation));
            Assert.True(Categories.IsKnown(f.Category));
            Assert.InRange(f.Start, 0, text.Length);
            Assert.InRange(f.End, f.Start + 1, text.Length);
        });
    }

    [Fact]
    public void SpansAreMappedBackToTheOriginalTextAfterNormalisation()
    {
        string text = "Tél.\u00A0: 06\u200B12\u00A034\u00A056\u00A078 !";
        var f = Assert.Single(new AnalyzerEngine().Analyze(text));
        Assert.Equal("06\u200B12\u00A034\u00A056\u00A078", text[f.Start..f.End]);
    }

    [Fact]
    public void PathologicalInputsStayFast()
    {
        string[] inputs =
        [
            new string('1', 200_000),
            string.Concat(Enumerable.Repeat("1 ", 100_000)),
            string.Concat(Enumerable.Repeat("a@", 100_000)),
            string.Concat(Enumerable.Repeat("Jean ", 50_000)),
            string.Concat(Enumerable.Repeat("12 rue ", 30_000)),
            string.Concat(Enumerable.Repeat("mot de passe ", 20_000)),
        ];
        var engine = new AnalyzerEngine();
        foreach (var input in inputs)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            engine.Analyze(input);
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"{sw.Elapsed} on a pathological input");
        }
    }
}
