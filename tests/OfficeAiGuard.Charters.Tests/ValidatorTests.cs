using OfficeAiGuard.Charters;

namespace OfficeAiGuard.Charters.Tests;

public sealed class ValidatorTests
{
    private static readonly CharterPolicy Valid = CharterPresets.Get("rumilly-ccas");

    private static IReadOnlyList<string> PathsOf(CharterPolicy policy) => CharterValidator.Validate(policy).Select(e => e.Path).ToList();

    [Fact]
    public void Missing_mention_is_an_error() =>
        Assert.Contains("mention.text", PathsOf(Valid with { Mention = Valid.Mention with { Text = " " } }));

    [Fact]
    public void Unknown_category_in_a_data_class_is_an_error()
    {
        var classes = Valid.DataClasses.Select((c, i) => i == 0 ? c with { Categories = ["PASSPORT"] } : c).ToList();
        Assert.Contains("dataClasses[0].categories", PathsOf(Valid with { DataClasses = classes }));
    }

    [Fact]
    public void Tool_with_an_unknown_data_class_and_duplicate_ids_are_errors()
    {
        var tools = Valid.Tools.Append(Valid.Tools[0] with { DataClasses = ["everything"] }).ToList();
        var paths = PathsOf(Valid with { Tools = tools });
        Assert.Contains("tools", paths);
        Assert.Contains($"tools[{tools.Count - 1}].dataClasses", paths);
    }

    [Fact]
    public void Routing_to_a_missing_contact_is_an_error()
    {
        var routing = new Dictionary<string, List<string>>(Valid.IncidentRouting) { ["bias"] = ["mediateur"] };
        var policy = Valid with { Contacts = Valid.Contacts with { Mediateur = null }, IncidentRouting = routing };
        Assert.Contains("incidentRouting.bias", PathsOf(policy));
    }

    [Fact]
    public void Bad_send_mode_and_ids_are_errors()
    {
        var checklist = Valid.Checklist.Select((c, i) => i == 0 ? c with { Id = "Vérif 1" } : c).ToList();
        var paths = PathsOf(Valid with { SendMode = "stop", Checklist = checklist });
        Assert.Contains("sendMode", paths);
        Assert.Contains("checklist[0].id", paths);
    }
}
