using System.Net;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Auth;

public sealed class HealthAndAnonymousTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Health_is_anonymous_and_healthy()
    {
        var response = await factory.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Task_pane_is_served_as_a_static_asset()
    {
        var response = await factory.CreateClient().GetAsync("/taskpane.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("office.js", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints()
    {
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string document = await response.Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/scan", "/api/charter", "/api/declarations", "/api/incidents", "/api/audit/declarations", "/api/audit/indicators", "/api/admin/charter" })
            Assert.Contains($"\"{path}\"", document);
    }

    [Fact]
    public async Task Dev_token_rejects_unknown_roles()
    {
        var response = await factory.CreateClient().PostAsync("/dev/token",
            new StringContent("""{"user":"a","tenant":"t","roles":["God"]}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
