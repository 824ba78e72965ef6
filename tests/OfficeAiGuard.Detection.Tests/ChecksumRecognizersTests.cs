using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Tests;

public sealed class ChecksumRecognizersTests
{
    private readonly AnalyzerEngine _engine = new();

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("FR1420041010050500013M02606")]
    public void Valid_iban_is_found_with_its_exact_span(string iban)
    {
        string text = $"Merci de virer sur {iban} avant lundi.";
        var finding = Assert.Single(_engine.Analyze(text));
        Assert.Equal(Categories.Iban, finding.Category);
        Assert.Equal(text.IndexOf(iban), finding.Start);
        Assert.Equal(text.IndexOf(iban) + iban.Length, finding.End);
    }

    [Fact]
    public void Iban_with_a_wrong_check_digit_is_not_reported()
    {
        Assert.DoesNotContain(_engine.Analyze("IBAN FR77 3000 6000 0112 3456 7890 189"), f => f.Category == Categories.Iban);
    }

    [Theory]
    [InlineData("2 85 03 75 112 048 27", false)]
    [InlineData("295109912611193", true)]
    [InlineData("253072A07300443", true)]
    [InlineData("253072B07300470", true)]
    public void Nir_with_a_valid_key_is_found(string nir, bool valid)
    {
        var findings = _engine.Analyze($"Son numéro de sécurité sociale est {nir}.");
        Assert.Equal(valid, findings.Any(f => f.Category == Categories.Nir));
    }

    [Fact]
    public void Iban_wins_over_patterns_inside_it()
    {
        var findings = _engine.Analyze("RIB : FR76 3000 6000 0112 3456 7890 189");
        Assert.Equal([Categories.Iban], findings.Select(f => f.Category));
    }
}
