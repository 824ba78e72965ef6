using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Audit;

/// <summary>The audit on the demo tenant (seeded once per class through POST /dev/seed).</summary>
public sealed class AuditEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Tenant = "mairie-demo";

    private async Task<HttpClient> Seeded(string user, string[] roles, string? unit = null)
    {
        var seed = await factory.CreateClient().PostAsync("/dev/seed", null);
        seed.EnsureSuccessStatusCode();
        return await factory.ClientFor(user, Tenant, roles, unit);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing_and_the_chain_is_valid()
    {
        var dpo = await Seeded("dpo@mairie-demo.fr", ["Dpo"]);
        var again = await (await factory.CreateClient().PostAsync("/dev/seed", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(again.GetProperty("seeded").GetBoolean());
        var users = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/dev/users");
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("user").GetString() == "dgs@mairie-demo.fr"
            && u.GetProperty("roles")[0].GetString() == "Manager" && u.GetProperty("unit").GetString() == "dgs");
        var integrity = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/integrity");
        Assert.True(integrity.GetProperty("valid").GetBoolean());
        Assert.True(integrity.GetProperty("checked").GetInt64() >= 150);
    }

    [Fact]
    public async Task Dpo_pages_filters_and_sorts_the_tenant()
    {
        var dpo = await Seeded("dpo@mairie-demo.fr", ["Dpo"]);
        var all = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?pageSize=10");
        int total = all.GetProperty("total").GetInt32();
        Assert.InRange(total, 140, 170);
        Assert.Equal(10, all.GetProperty("items").GetArrayLength());
        var dates = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("createdAt").GetDateTime()).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);

        var chatgpt = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?toolId=chatgpt&pageSize=200");
        Assert.All(chatgpt.GetProperty("items").EnumerateArray(), i => Assert.False(i.GetProperty("toolApproved").GetBoolean()));
        Assert.InRange(chatgpt.GetProperty("total").GetInt32(), 1, total - 1);

        var incomplete = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?checklistComplete=false&pageSize=200");
        Assert.All(incomplete.GetProperty("items").EnumerateArray(), i => Assert.Contains("checklist_incomplete",
            i.GetProperty("nonConformities").EnumerateArray().Select(e => e.GetString())));

        var vulnerable = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?category=VULNERABLE&pageSize=200");
        Assert.All(vulnerable.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("findings").GetProperty("VULNERABLE").GetInt32() > 0));

        var byAuthor = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?author=CAMILLE&sort=toolId&pageSize=200");
        Assert.All(byAuthor.GetProperty("items").EnumerateArray(), i => Assert.Equal("camille.bernard@mairie-demo.fr", i.GetProperty("userName").GetString()));
        var tools = byAuthor.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("toolId").GetString()).ToList();
        Assert.Equal(tools.Order(StringComparer.Ordinal), tools);

        var from = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd");
        var recent = await dpo.GetFromJsonAsync<JsonElement>($"/api/audit/declarations?from={from}&pageSize=200");
        Assert.All(recent.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("createdAt").GetDateTime() >= DateTime.Parse(from)));

        Assert.Equal(HttpStatusCode.BadRequest, (await dpo.GetAsync("/api/audit/declarations?sort=hash")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dpo.GetAsync("/api/audit/declarations?pageSize=5000")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dpo.GetAsync("/api/audit/declarations?category=GOSSIP")).StatusCode);
    }

    [Fact]
    public async Task A_manager_sees_their_unit_and_below_only()
    {
        var manager = await Seeded("directrice.solidarites@mairie-demo.fr", ["Manager"], "dgs/solidarites");
        var page = await manager.GetFromJsonAsync<JsonElement>("/api/audit/declarations?pageSize=200");
        var units = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("unit").GetString()!).Distinct().ToList();
        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.StartsWith("dgs/solidarites/", u));
        var outside = await manager.GetFromJsonAsync<JsonElement>("/api/audit/declarations?unit=dgs/finances");
        Assert.Equal(0, outside.GetProperty("total").GetInt32());
        var incidents = await manager.GetFromJsonAsync<JsonElement>("/api/incidents");
        Assert.All(incidents.EnumerateArray(), i => Assert.StartsWith("dgs/solidarites", i.GetProperty("unit").GetString()));

        var dpo = await factory.ClientFor("dpo@mairie-demo.fr", Tenant, ["Dpo"]);
        var finance = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?unit=dgs/finances&pageSize=1");
        var financeId = finance.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/audit/declarations/{financeId}")).StatusCode);

        var noUnit = await factory.ClientFor("chef@mairie-demo.fr", Tenant, ["Manager"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await noUnit.GetAsync("/api/audit/declarations")).StatusCode);
    }

    [Fact]
    public async Task Indicators_per_month_and_quarter()
    {
        var dpo = await Seeded("dpo@mairie-demo.fr", ["Dpo"]);
        var monthly = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/indicators?granularity=month");
        var totals = monthly.GetProperty("totals");
        int uses = totals.GetProperty("uses").GetInt32();
        Assert.True(uses > 100);
        Assert.InRange(totals.GetProperty("approvedShare").GetDouble(), 0.6, 0.95);
        Assert.InRange(totals.GetProperty("checklistCompletionRate").GetDouble(), 0.5, 1.0);
        Assert.Equal(6, monthly.GetProperty("periods").GetArrayLength());
        Assert.Equal(uses, monthly.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("uses").GetInt32()));
        Assert.Equal(uses, monthly.GetProperty("usesByTool").EnumerateArray().Sum(t => t.GetProperty("uses").GetInt32()));
        Assert.Equal(uses, monthly.GetProperty("usesByUnit").EnumerateArray().Sum(t => t.GetProperty("uses").GetInt32()));
        Assert.True(monthly.GetProperty("findingsByCategory").GetProperty("PERSON_NAME").GetInt32() > 0);
        Assert.True(monthly.GetProperty("incidentsByStatus").GetProperty("nouveau").GetInt32()
            + monthly.GetProperty("incidentsByStatus").GetProperty("en_cours").GetInt32()
            + monthly.GetProperty("incidentsByStatus").GetProperty("clos").GetInt32() > 0);
        Assert.True(monthly.GetProperty("nonConformitiesByKind").GetProperty("tool_not_approved").GetInt32() > 0);

        var from = DateTime.UtcNow.AddMonths(-6).ToString("yyyy-MM-dd");
        var quarterly = await dpo.GetFromJsonAsync<JsonElement>($"/api/audit/indicators?from={from}&granularity=quarter");
        Assert.Matches(@"^\d{4}-Q[1-4]$", quarterly.GetProperty("periods")[0].GetProperty("period").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await dpo.GetAsync("/api/audit/indicators?granularity=week")).StatusCode);
    }

    [Fact]
    public async Task Csv_export_has_the_same_rows_as_the_filter()
    {
        var dpo = await Seeded("dpo@mairie-demo.fr", ["Dpo"]);
        var response = await dpo.GetAsync("/api/audit/declarations.csv?toolId=copilot-m365");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.StartsWith("date;auteur;unite;", lines[0]);
        var page = await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations?toolId=copilot-m365&pageSize=1");
        Assert.Equal(page.GetProperty("total").GetInt32(), lines.Count - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(";Microsoft 365 Copilot Chat;oui;", l));
    }
}
