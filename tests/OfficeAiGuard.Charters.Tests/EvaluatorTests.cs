using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Charters.Tests;

public sealed class EvaluatorTests
{
    private static readonly CharterPolicy Rumilly = CharterPresets.Get("rumilly-ccas");

    [Theory]
    [InlineData("send", null)]
    [InlineData("", null)]
    [InlineData("tool:le-chat-pro", "le-chat-pro")]
    public void Destinations_parse(string value, string? toolId) => Assert.Equal(toolId, Destination.TryParse(value)!.ToolId);

    [Theory]
    [InlineData("mail")]
    [InlineData("tool:")]
    public void Bad_destinations_do_not_parse(string value) => Assert.Null(Destination.TryParse(value));

    [Fact]
    public void Personal_data_into_an_approved_public_only_tool_blocks_with_the_clause()
    {
        var assessment = CharterEvaluator.Assess(Rumilly, new Destination("le-chat-pro"), [Categories.Iban, Categories.OrgId]);
        Assert.Equal(Verdicts.Block, assessment.Verdict);
        Assert.Equal(Severities.Block, assessment.Findings[0].Severity);
        Assert.False(string.IsNullOrWhiteSpace(assessment.Findings[0].Clause));
        Assert.Equal(Severities.Info, assessment.Findings[1].Severity);
        Assert.Null(assessment.ToolNotice);
    }

    [Fact]
    public void Send_warns_on_bank_details_and_blocks_passwords()
    {
        Assert.Equal(Verdicts.Warn, CharterEvaluator.Assess(Rumilly, Destination.Send, [Categories.Iban]).Verdict);
        Assert.Equal(Verdicts.Block, CharterEvaluator.Assess(Rumilly, Destination.Send, [Categories.Secret, Categories.Iban]).Verdict);
        Assert.Equal(Verdicts.Ok, CharterEvaluator.Assess(Rumilly, Destination.Send, [Categories.PersonName]).Verdict);
        Assert.Equal(Verdicts.Ok, CharterEvaluator.Assess(Rumilly, Destination.Send, []).Verdict);
    }

    [Fact]
    public void A_tool_that_is_not_approved_warns_even_on_a_clean_text()
    {
        var assessment = CharterEvaluator.Assess(Rumilly, new Destination("chatgpt"), []);
        Assert.Equal(Verdicts.Warn, assessment.Verdict);
        Assert.NotNull(assessment.ToolNotice?.Clause);
    }

    [Fact]
    public void Non_conformities_of_a_declaration()
    {
        var allTicked = Rumilly.Checklist.ToDictionary(i => i.Id, _ => true);
        Assert.Empty(CharterEvaluator.NonConformitiesOf(Rumilly, "le-chat-pro", allTicked, true));
        var codes = CharterEvaluator.NonConformitiesOf(Rumilly, "chatgpt", new Dictionary<string, bool> { ["sources"] = true }, false);
        Assert.Equal(NonConformities.All, codes);
    }
}
