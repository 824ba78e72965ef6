using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Charters.Tests;

public sealed class PresetTests
{
    public static TheoryData<string> PresetIds => new(CharterPresets.Ids);

    [Theory]
    [MemberData(nameof(PresetIds))]
    public void Every_preset_loads_and_is_valid(string id)
    {
        var policy = CharterPresets.Get(id);
        Assert.Equal(id, policy.PresetId);
        Assert.Empty(CharterValidator.Validate(policy));
    }

    [Theory]
    [MemberData(nameof(PresetIds))]
    public void Every_preset_round_trips_through_json(string id)
    {
        var policy = CharterPresets.Get(id);
        var again = CharterJson.Deserialize(CharterJson.Serialize(policy));
        Assert.Equal(CharterJson.Serialize(policy), CharterJson.Serialize(again));
    }

    [Theory]
    [MemberData(nameof(PresetIds))]
    public void No_preset_lets_a_password_into_any_tool(string id)
    {
        var policy = CharterPresets.Get(id);
        foreach (var tool in policy.Tools)
            Assert.Equal(Severities.Block, CharterEvaluator.Judge(policy, new Destination(tool.Id), Categories.Secret).Severity);
    }

    [Fact]
    public void Presets_carry_the_charters_mentions()
    {
        Assert.Equal("Contenu généré avec l'aide de l'IA", CharterPresets.Get("rumilly-ccas").Mention.Text);
        Assert.Equal("Ce message a été généré avec l'aide d'un outil IA", CharterPresets.Get("alpes-de-haute-provence").Mention.Text);
    }

    [Fact]
    public void Isere_iris_may_receive_personal_data_but_consumer_tools_may_not()
    {
        var isere = CharterPresets.Get("isere");
        Assert.Equal(Severities.Info, CharterEvaluator.Judge(isere, new Destination("iris"), Categories.PersonName).Severity);
        var chatgpt = CharterEvaluator.Judge(isere, new Destination("chatgpt"), Categories.PersonName);
        Assert.Equal(Severities.Block, chatgpt.Severity);
        Assert.Contains("IRIS", chatgpt.Clause);
    }

    [Fact]
    public void Unknown_preset_is_refused() => Assert.Throws<KeyNotFoundException>(() => CharterPresets.Get("lyon"));
}
