using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Scenario;

/// <summary>
/// The issue's "Done when" scenario against the running API with development tokens, on the store the run uses
/// (SQLite, or PostgreSQL under scripts/with-postgres.sh): scan → block with the clause, declare, retry → one
/// record, manager sees it with indicators, agent and other tenant refused; then nothing of the draft anywhere.
/// </summary>
public sealed class DoneWhenScenarioTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Iban = "FR76 3000 6000 0112 3456 7890 189";
    private const string Nir = "2 85 03 75 112 048 27";
    private const string Draft = "Bonjour, je transmets la demande d'aide de Mme Sophie Quentrec, née le 12/03/1985, "
        + $"numéro de sécurité sociale {Nir}, dont le RIB est {Iban}. Merci de traiter rapidement son dossier.";

    [Fact]
    public async Task Scan_declare_retry_audit_and_isolation_leave_no_trace_of_the_draft()
    {
        var agent = await factory.ClientFor("agent.ccas@mairie-a.fr", "mairie-a", unit: "dgs/solidarites/ccas");

        // 1. Scan for a tool that may not receive personal data: block, with the charter's clause.
        var scan = await agent.PostAsJsonAsync("/api/scan", new { text = Draft, destination = "tool:le-chat-pro" });
        scan.EnsureSuccessStatusCode();
        var verdict = await scan.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", verdict.GetProperty("verdict").GetString());
        var blocking = verdict.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "block").ToList();
        Assert.Contains(blocking, f => f.GetProperty("category").GetString() == "IBAN");
        Assert.All(blocking, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("clause").GetString())));
        var counts = verdict.GetProperty("findings").EnumerateArray().GroupBy(f => f.GetProperty("category").GetString()!)
            .ToDictionary(g => g.Key, g => g.Count());
        int policyVersion = verdict.GetProperty("policyVersion").GetInt32();

        // 2. Declare the use (after pseudonymising), then retry: one record.
        var body = DeclarationBodies.Body("outlook-msg-42", policyVersion: policyVersion, findings: counts);
        var declared = await agent.PostAsJsonAsync("/api/declarations", body);
        Assert.Equal(HttpStatusCode.Created, declared.StatusCode);
        var record = await declared.Content.ReadFromJsonAsync<JsonElement>();
        var retried = await agent.PostAsJsonAsync("/api/declarations", body);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(record.GetProperty("id").GetGuid(), (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        // 3. The manager of the direction above sees it, once, with indicators.
        var manager = await factory.ClientFor("directrice.solidarites@mairie-a.fr", "mairie-a", ["Manager"], "dgs/solidarites");
        var page = await manager.GetFromJsonAsync<JsonElement>("/api/audit/declarations");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var listed = page.GetProperty("items")[0];
        Assert.Equal(record.GetProperty("id").GetGuid(), listed.GetProperty("id").GetGuid());
        Assert.Equal(1, listed.GetProperty("findings").GetProperty("IBAN").GetInt32());
        var indicators = await manager.GetFromJsonAsync<JsonElement>("/api/audit/indicators?granularity=quarter");
        Assert.Equal(1, indicators.GetProperty("totals").GetProperty("uses").GetInt32());
        Assert.Equal(1.0, indicators.GetProperty("totals").GetProperty("approvedShare").GetDouble());
        Assert.Equal(1, indicators.GetProperty("findingsByCategory").GetProperty("IBAN").GetInt32());
        var csv = await manager.GetStringAsync("/api/audit/declarations.csv");
        Assert.Contains("agent.ccas@mairie-a.fr", csv);

        // 4. An agent of the same tenant and a user of another tenant get nothing.
        var colleague = await factory.ClientFor("agent.rh@mairie-a.fr", "mairie-a", unit: "dgs/ressources-humaines");
        var refused = await colleague.GetAsync("/api/audit/declarations");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("/api/audit/indicators")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("/api/audit/declarations.csv")).StatusCode);
        var stranger = await factory.ClientFor("dpo@mairie-b.fr", "mairie-b", ["Dpo"]);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/audit/declarations/{record.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>("/api/audit/declarations")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonElement>("/api/audit/indicators")).GetProperty("totals").GetProperty("uses").GetInt32());
        var strangerAgent = await factory.ClientFor("agent.ccas@mairie-a.fr", "mairie-b");
        Assert.Equal(HttpStatusCode.Forbidden, (await strangerAgent.GetAsync("/api/audit/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerAgent.GetAsync("/api/declarations?itemKey=outlook-msg-42")).StatusCode);

        // 5. Neither the store nor the logs hold any of the scanned text.
        string store = await StoreDump.ReadAllAsync(factory);
        Assert.Contains("outlook-msg-42", store); // the dump does see stored data
        string logs = string.Join("\n", factory.Logs.Lines);
        Assert.NotEmpty(factory.Logs.Lines);
        foreach (var fragment in new[] { Draft, "Quentrec", Iban, Iban.Replace(" ", ""), Nir, Nir.Replace(" ", ""), "12/03/1985", "traiter rapidement" })
        {
            Assert.DoesNotContain(fragment, store);
            Assert.DoesNotContain(fragment, logs);
        }
    }
}
