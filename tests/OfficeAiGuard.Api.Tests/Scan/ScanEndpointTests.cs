using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Scan;

public sealed class ScanEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string ValidIban = "FR76 3000 6000 0112 3456 7890 189";

    [Fact]
    public async Task Scan_finds_an_iban_with_its_span_and_a_french_explanation()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        string text = $"Bonjour, voici mon RIB : {ValidIban}. Merci.";

        var response = await client.PostAsJsonAsync("/api/scan", new { text, destination = "send" });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var finding = body.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal("IBAN", finding.GetProperty("category").GetString());
        Assert.Equal(text.IndexOf(ValidIban), finding.GetProperty("start").GetInt32());
        Assert.Equal(text.IndexOf(ValidIban) + ValidIban.Length, finding.GetProperty("end").GetInt32());
        Assert.Contains("IBAN", finding.GetProperty("explanation").GetString());
        Assert.NotEqual("ok", body.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Scan_of_a_clean_draft_is_ok()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        var response = await client.PostAsJsonAsync("/api/scan", new { text = "La réunion du conseil aura lieu jeudi.", destination = "send" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("verdict").GetString());
        Assert.Empty(body.GetProperty("findings").EnumerateArray());
    }

    [Fact]
    public async Task Scan_without_a_token_is_refused()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/scan", new { text = ValidIban });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Scan_with_a_forged_token_is_refused()
    {
        var client = factory.CreateClient();
        var other = new OfficeAiGuard.Api.Auth.DevelopmentIssuer(); // a different key than the server's
        client.DefaultRequestHeaders.Authorization = new("Bearer", other.CreateToken("00000000-0000-0000-0000-00000000aa01",
            "mallory", "tenant-a", [], null, TimeSpan.FromMinutes(5)));
        var response = await client.PostAsJsonAsync("/api/scan", new { text = ValidIban });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_json_gets_a_problem_response()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        var response = await client.PostAsync("/api/scan", new StringContent("{\"text\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("La requête est invalide.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_destination_gets_a_problem_response()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        var response = await client.PostAsJsonAsync("/api/scan", new { text = "Bonjour", destination = "fax" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Missing_text_gets_a_problem_response_in_french()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        var response = await client.PostAsJsonAsync("/api/scan", new { destination = "send" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("obligatoire", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Oversize_draft_is_refused()
    {
        var client = await factory.ClientFor("agent@mairie.fr", "tenant-a");
        var response = await client.PostAsJsonAsync("/api/scan", new { text = new string('a', 1_000_001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
