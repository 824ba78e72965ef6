using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Declarations;

public sealed class DeclarationEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Declaring_twice_stores_one_record_and_a_change_appends_a_revision()
    {
        var agent = await factory.ClientFor("agent@mairie.fr", "tenant-decl", unit: "DGS/Solidarites");
        var first = await agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body("msg-1"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var record = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("dgs/solidarites", record.GetProperty("unit").GetString());
        Assert.True(record.GetProperty("checklistComplete").GetBoolean());
        Assert.Equal(2, record.GetProperty("findings").GetProperty("PERSON_NAME").GetInt32());
        Assert.Empty(record.GetProperty("nonConformities").EnumerateArray());
        Assert.Equal("Le Chat Pro", record.GetProperty("toolName").GetString());

        var retry = await agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body("msg-1"));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var again = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(record.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());

        var changed = await agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body("msg-1", toolId: "chatgpt", allTicked: false));
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
        var revision = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, revision.GetProperty("revision").GetInt32());
        Assert.Equal(record.GetProperty("hash").GetString(), revision.GetProperty("previousHash").GetString());
        Assert.Equal(["tool_not_approved", "checklist_incomplete"],
            revision.GetProperty("nonConformities").EnumerateArray().Select(e => e.GetString()!).ToArray());

        var dpo = await factory.ClientFor("dpo@mairie.fr", "tenant-decl", ["Dpo"]);
        var detail = await dpo.GetFromJsonAsync<JsonElement>($"/api/audit/declarations/{record.GetProperty("id").GetGuid()}");
        Assert.Equal(2, detail.GetProperty("revision").GetInt32());
        Assert.Equal(["declared", "revised"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToArray());
        Assert.Equal(1, (await dpo.GetFromJsonAsync<JsonElement>("/api/audit/declarations")).GetProperty("total").GetInt32());

        var own = await agent.GetFromJsonAsync<JsonElement>("/api/declarations?itemKey=msg-1");
        Assert.Equal(2, own.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await agent.GetAsync("/api/declarations/msg-1")).StatusCode);
        var recent = await agent.GetFromJsonAsync<JsonElement>("/api/declarations");
        Assert.Equal([2, 1], recent.EnumerateArray().Select(r => r.GetProperty("revision").GetInt32()).ToArray());
    }

    [Fact]
    public async Task Another_user_or_tenant_cannot_read_the_declaration()
    {
        var agent = await factory.ClientFor("agent@mairie.fr", "tenant-own");
        (await agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body("doc-7"))).EnsureSuccessStatusCode();
        var colleague = await factory.ClientFor("collegue@mairie.fr", "tenant-own");
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync("/api/declarations?itemKey=doc-7")).StatusCode);
        var stranger = await factory.ClientFor("agent@mairie.fr", "tenant-other");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/declarations/doc-7")).StatusCode);
    }

    [Fact]
    public async Task Bad_declarations_are_problems_and_store_nothing()
    {
        var agent = await factory.ClientFor("agent@mairie.fr", "tenant-bad");
        async Task<(HttpStatusCode, string)> Post(object body)
        {
            var response = await agent.PostAsJsonAsync("/api/declarations", body);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        var (status, text) = await Post(DeclarationBodies.Body("x", toolId: "skynet"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("skynet", text);

        var body = DeclarationBodies.Body("x");
        body["checklist"] = new Dictionary<string, bool> { ["inconnu"] = true };
        (status, text) = await Post(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("inconnu", text);

        (status, text) = await Post(DeclarationBodies.Body("x", policyVersion: 7));
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("currentVersion", text);

        (status, _) = await Post(DeclarationBodies.Body("x", findings: new() { ["NOT_A_CATEGORY"] = 1 }));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        (status, text) = await Post(new { host = "excel" });
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("itemKey", text);

        var malformed = await agent.PostAsync("/api/declarations", new StringContent("{\"itemKey\": [", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("application/problem+json", malformed.Content.Headers.ContentType?.MediaType);

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        Assert.False(await db.Declarations.AnyAsync(d => d.TenantId == "tenant-bad"));
    }

    [Fact]
    public async Task The_hash_chain_detects_a_tampered_row()
    {
        var agent = await factory.ClientFor("agent@mairie.fr", "tenant-chain");
        for (int i = 0; i < 3; i++)
            (await agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body($"item-{i}"))).EnsureSuccessStatusCode();

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        var rows = await db.Declarations.Include(d => d.Findings).Where(d => d.TenantId == "tenant-chain").OrderBy(d => d.Sequence).ToListAsync();
        Assert.Equal(new ChainCheck(true, 3, null), DeclarationChain.Verify(rows));

        rows[1].Purpose = "traduction"; // what someone editing the table would do
        Assert.Equal(new ChainCheck(false, 1, 2), DeclarationChain.Verify(rows));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_declaration_store_one_record()
    {
        var agent = await factory.ClientFor("agent@mairie.fr", "tenant-race");
        var responses = await Task.WhenAll(Enumerable.Range(0, 6)
            .Select(_ => agent.PostAsJsonAsync("/api/declarations", DeclarationBodies.Body("msg-race"))));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"got {r.StatusCode}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
        Assert.Single(ids.Distinct());

        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDb>();
        Assert.Equal(1, await db.Declarations.CountAsync(d => d.TenantId == "tenant-race"));
    }
}
