using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Incidents;

public sealed class IncidentEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_incident_is_routed_redacted_scoped_and_followed_by_the_dpo()
    {
        var agent = await factory.ClientFor("agent@mairie-i.fr", "mairie-i", unit: "dgs/solidarites/ccas");
        var reported = await agent.PostAsJsonAsync("/api/incidents", new
        {
            kind = "discrimination",
            description = "La réponse proposée (RIB : FR76 3000 6000 0112 3456 7890 189) contenait un stéréotype.",
            toolId = "le-chat-pro",
        });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var incident = await reported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("nouveau", incident.GetProperty("status").GetString());
        Assert.Contains("[IBAN]", incident.GetProperty("description").GetString());
        Assert.DoesNotContain("0112 3456", incident.GetProperty("description").GetString());
        var roles = incident.GetProperty("routedTo").EnumerateArray().Select(c => c.GetProperty("role").GetString()).ToList();
        Assert.Equal(["dpo", "mediateur"], roles);
        var id = incident.GetProperty("id").GetGuid();

        var other = await factory.ClientFor("autre@mairie-i.fr", "mairie-i", unit: "dgs/finances");
        (await other.PostAsJsonAsync("/api/incidents", new { kind = "error", description = "Chiffre faux." })).EnsureSuccessStatusCode();

        Assert.Single((await agent.GetFromJsonAsync<JsonElement>("/api/incidents")).EnumerateArray());
        var manager = await factory.ClientFor("chef@mairie-i.fr", "mairie-i", ["Manager"], "dgs/solidarites");
        Assert.Equal(id, (await manager.GetFromJsonAsync<JsonElement>("/api/incidents")).EnumerateArray().Single().GetProperty("id").GetGuid());
        var dpo = await factory.ClientFor("dpo@mairie-i.fr", "mairie-i", ["Dpo"]);
        Assert.Equal(2, (await dpo.GetFromJsonAsync<JsonElement>("/api/incidents")).GetArrayLength());
        Assert.Equal(2, (await dpo.GetFromJsonAsync<JsonElement>($"/api/incidents?from=2020-01-01&to={DateTime.UtcNow:yyyy-MM-dd}")).GetArrayLength());
        Assert.Empty((await dpo.GetFromJsonAsync<JsonElement>("/api/incidents?to=2020-01-01")).EnumerateArray());

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PatchAsJsonAsync($"/api/incidents/{id}", new { status = "clos" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await dpo.PatchAsJsonAsync($"/api/incidents/{id}", new { status = "fini" })).StatusCode);
        var strangerDpo = await factory.ClientFor("dpo@mairie-j.fr", "mairie-j", ["Dpo"]);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerDpo.PatchAsJsonAsync($"/api/incidents/{id}", new { status = "clos" })).StatusCode);
        Assert.Empty((await strangerDpo.GetFromJsonAsync<JsonElement>("/api/incidents")).EnumerateArray());

        var moved = await dpo.PatchAsJsonAsync($"/api/incidents/{id}", new { status = "en_cours" });
        moved.EnsureSuccessStatusCode();
        Assert.Equal("en_cours", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Single((await dpo.GetFromJsonAsync<JsonElement>("/api/incidents?status=en_cours")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_incidents_are_problems()
    {
        var agent = await factory.ClientFor("agent@mairie-i.fr", "mairie-k");
        var unknownKind = await agent.PostAsJsonAsync("/api/incidents", new { kind = "panne", description = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownKind.StatusCode);
        Assert.Equal("application/problem+json", unknownKind.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await agent.PostAsJsonAsync("/api/incidents", new { kind = "error", description = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest,
            (await agent.PostAsJsonAsync("/api/incidents", new { kind = "error", description = "x", toolId = "skynet" })).StatusCode);
    }
}
