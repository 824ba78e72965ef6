using System.Net;
using System.Net.Http.Json;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Hardening;

/// <summary>An API with a tiny rate limit and one allowed add-in origin.</summary>
public sealed class HardenedApiFactory : ApiFactory
{
    public const string AddinOrigin = "https://addin.mairie.example.fr";

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("RateLimiting:PermitLimit", "5"),
        new("RateLimiting:WindowSeconds", "600"),
        new("Cors:AllowedOrigins:0", AddinOrigin),
    ];
}

public sealed class HardeningTests(HardenedApiFactory factory) : IClassFixture<HardenedApiFactory>
{
    [Fact]
    public async Task Each_user_has_their_own_rate_limit_and_a_refusal_is_a_problem()
    {
        var busy = await factory.ClientFor("busy@mairie.fr", "tenant-rl");
        var calm = await factory.ClientFor("calm@mairie.fr", "tenant-rl");
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 6; i++) statuses.Add((await busy.GetAsync("/api/charter")).StatusCode);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5).Append(HttpStatusCode.TooManyRequests), statuses);
        var refused = await busy.GetAsync("/api/charter");
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/api/charter")).StatusCode);
    }

    [Fact]
    public async Task Cors_answers_the_add_in_origin_only()
    {
        var client = factory.CreateClient();
        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/api/scan");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            return await client.SendAsync(request);
        }
        var allowed = await Preflight(HardenedApiFactory.AddinOrigin);
        Assert.Equal(HardenedApiFactory.AddinOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await Preflight("https://evil.example.com");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Oversize_bodies_are_refused_before_reading()
    {
        var client = await factory.ClientFor("big@mairie.fr", "tenant-size");
        var body = new StringContent("{\"text\":\"" + new string('a', 5 * 1024 * 1024) + "\"}", System.Text.Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/scan", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_endpoint_with_its_own_size_limit_accepts_larger_uploads()
    {
        var client = await factory.ClientFor("big@mairie.fr", "tenant-size");
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[6 * 1024 * 1024]), "file", "gros.docx" } };
        var response = await client.PostAsync("/api/documents/inspect", form);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode); // read, then refused as not a .docx
    }
}
