using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Auth;

public sealed class MeEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private async Task<JsonElement> Me(string user, string tenant) =>
        await (await factory.ClientFor(user, tenant, ["Manager"], "dgs/solidarites")).GetFromJsonAsync<JsonElement>("/api/me");

    [Fact]
    public async Task Reviewer_id_is_opaque_stable_per_person_and_distinct_between_people()
    {
        var first = await Me("claire.dupont@mairie.fr", "tenant-me");
        var again = await Me("claire.dupont@mairie.fr", "tenant-me");
        var other = await Me("paul.durand@mairie.fr", "tenant-me");
        var elsewhere = await Me("claire.dupont@mairie.fr", "tenant-other");

        string id = first.GetProperty("reviewerId").GetString()!;
        Assert.Matches("^r-[0-9a-f]{16}$", id);
        Assert.DoesNotContain("dupont", id, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(id, again.GetProperty("reviewerId").GetString());
        Assert.NotEqual(id, other.GetProperty("reviewerId").GetString());
        Assert.NotEqual(id, elsewhere.GetProperty("reviewerId").GetString());
        Assert.Equal("dgs/solidarites", first.GetProperty("unit").GetString());
        Assert.Equal(["Manager"], first.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Me_needs_a_token()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/me")).StatusCode);
    }
}
