using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Charter;

public sealed class CharterEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ValidIban = "FR76 3000 6000 0112 3456 7890 189";

    [Fact]
    public async Task A_new_tenant_gets_the_default_preset_as_version_1()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-new");
        var charter = await client.GetFromJsonAsync<JsonElement>("/api/charter");
        Assert.Equal(1, charter.GetProperty("version").GetInt32());
        Assert.Equal("rumilly-ccas", charter.GetProperty("presetId").GetString());
        Assert.Equal("Contenu généré avec l'aide de l'IA", charter.GetProperty("mention").GetProperty("text").GetString());
        Assert.NotEmpty(charter.GetProperty("checklist").EnumerateArray());
    }

    [Fact]
    public async Task Scan_for_a_tool_that_may_not_receive_personal_data_blocks_and_quotes_the_clause()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-scan");
        var response = await client.PostAsJsonAsync("/api/scan", new { text = $"RIB : {ValidIban}", destination = "tool:le-chat-pro" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", body.GetProperty("verdict").GetString());
        var finding = body.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("block", finding.GetProperty("severity").GetString());
        Assert.Contains("outil d'IA", finding.GetProperty("clause").GetString());
    }

    [Fact]
    public async Task Scan_for_an_unknown_tool_is_a_problem()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-scan");
        var response = await client.PostAsJsonAsync("/api/scan", new { text = "Bonjour", destination = "tool:skynet" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("skynet", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Scan_for_a_tool_that_is_not_approved_warns_with_a_notice()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-scan");
        var body = await (await client.PostAsJsonAsync("/api/scan", new { text = "Bonjour", destination = "tool:chatgpt" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("warn", body.GetProperty("verdict").GetString());
        Assert.Equal("warn", body.GetProperty("notice").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Admin_reads_presets_validates_and_publishes_a_new_version()
    {
        var admin = await factory.ClientFor("dsi@isere.fr", "tenant-admin", ["Admin"]);
        var presets = await admin.GetFromJsonAsync<JsonElement>("/api/admin/charter/presets");
        Assert.Equal(5, presets.GetArrayLength());
        var isere = await admin.GetFromJsonAsync<JsonObject>("/api/admin/charter/presets/isere");

        var invalid = isere!.DeepClone().AsObject();
        invalid["sendMode"] = "stop";
        var validation = await (await admin.PostAsJsonAsync("/api/admin/charter/validate", invalid)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(validation.GetProperty("valid").GetBoolean());
        Assert.Equal("sendMode", validation.GetProperty("errors")[0].GetProperty("path").GetString());
        var refused = await admin.PostAsJsonAsync("/api/admin/charter", new { basedOnVersion = 1, policy = invalid });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var current = await admin.GetFromJsonAsync<JsonElement>("/api/charter");
        var published = await admin.PostAsJsonAsync("/api/admin/charter", new { basedOnVersion = current.GetProperty("version").GetInt32(), policy = isere });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var charter = await admin.GetFromJsonAsync<JsonElement>("/api/charter");
        Assert.Equal(2, charter.GetProperty("version").GetInt32());
        Assert.Equal("isere", charter.GetProperty("presetId").GetString());

        var stale = await admin.PostAsJsonAsync("/api/admin/charter", new { basedOnVersion = 1, policy = isere });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/charter/versions");
        Assert.Equal(2, versions.GetArrayLength());
        var first = await admin.GetFromJsonAsync<JsonElement>("/api/charter?version=1");
        Assert.Equal("rumilly-ccas", first.GetProperty("presetId").GetString());
    }

    [Fact]
    public async Task Charter_administration_needs_the_admin_role()
    {
        var dpo = await factory.ClientFor("dpo@mairie.fr", "tenant-admin", ["Dpo", "Manager"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await dpo.GetAsync("/api/admin/charter/presets")).StatusCode);
        var policy = await dpo.GetFromJsonAsync<JsonObject>("/api/charter");
        Assert.Equal(HttpStatusCode.Forbidden, (await dpo.PostAsJsonAsync("/api/admin/charter", new { policy })).StatusCode);
    }
}
