namespace OfficeAiGuard.Graph.Tests;

public sealed class MsalTokenProviderTests : IAsyncLifetime
{
    private FakeGraph _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeGraph.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private GraphWriterOptions Options() => new()
    {
        TenantId = "contoso-tenant", ClientId = "api-client-id", ClientSecret = "api-secret",
        GraphBaseUrl = _fake.GraphBaseUrl,
    };

    /// <summary>
    /// MSAL only accepts an https authority; its HTTP client is redirected to the fake on loopback
    /// (plain http), so the real MSAL token requests reach the fake token endpoint.
    /// </summary>
    private MsalTokenProvider Provider() => new(Options(), new LoopbackMsalHttpClientFactory(new Uri(_fake.BaseUrl)));

    [Fact]
    public async Task On_behalf_of_sends_the_user_assertion_and_caches_per_user()
    {
        var tokens = Provider();

        var alice1 = await tokens.GetTokenAsync("alice-api-token");
        var alice2 = await tokens.GetTokenAsync("alice-api-token");
        var bob = await tokens.GetTokenAsync("bob-api-token");

        Assert.Equal(alice1, alice2);
        Assert.NotEqual(alice1, bob);
        Assert.Equal(2, _fake.TokenRequests.Count); // alice's second call came from the cache
        var first = _fake.TokenRequests[0];
        Assert.Equal("contoso-tenant", first["tenant"]);
        Assert.Equal("urn:ietf:params:oauth:grant-type:jwt-bearer", first["grant_type"]);
        Assert.Equal("on_behalf_of", first["requested_token_use"]);
        Assert.Equal("alice-api-token", first["assertion"]);
        Assert.Equal("api-client-id", first["client_id"]);
        Assert.Equal("api-secret", first["client_secret"]);
        Assert.Contains("https://graph.microsoft.com/.default", first["scope"]);
        Assert.Equal("bob-api-token", _fake.TokenRequests[1]["assertion"]);
    }

    [Fact]
    public async Task The_cache_is_one_partition_per_user_and_stays_bounded()
    {
        var tokens = new MsalTokenProvider(Options(), new LoopbackMsalHttpClientFactory(new Uri(_fake.BaseUrl)), TimeSpan.FromHours(1), cacheMaxEntries: 2);
        await tokens.GetTokenAsync("alice-api-token");
        await tokens.GetTokenAsync("bob-api-token");
        Assert.Equal(2, tokens.CachedPartitions);
        await tokens.GetTokenAsync("carol-api-token");
        Assert.Equal(2, tokens.CachedPartitions); // oldest dropped
        await tokens.GetTokenAsync("carol-api-token");
        Assert.Equal(3, _fake.TokenRequests.Count);

        var expiring = new MsalTokenProvider(Options(), new LoopbackMsalHttpClientFactory(new Uri(_fake.BaseUrl)), TimeSpan.Zero, 10);
        await expiring.GetTokenAsync("dave-api-token");
        await expiring.GetTokenAsync("dave-api-token");
        Assert.Equal(5, _fake.TokenRequests.Count); // expired partition: asked again
    }

    [Fact]
    public async Task Without_a_user_the_app_token_comes_from_client_credentials()
    {
        var tokens = Provider();
        await tokens.GetTokenAsync(null);
        Assert.Equal("client_credentials", Assert.Single(_fake.TokenRequests)["grant_type"]);
    }

    [Fact]
    public async Task The_writer_sends_the_on_behalf_of_token_to_Graph()
    {
        _fake.Messages["m"] = [];
        using var writer = new GraphAiUseRecordWriter(Options(), Provider());
        var outcome = await writer.WriteMessageRecordAsync("alice-api-token", "m", GraphWriterTests.Record());
        Assert.Equal(GraphWriteStatus.Written, outcome.Status);
        Assert.All(_fake.GraphRequests, r => Assert.Equal("Bearer graph-token-1-for-alice-api-token", r.Authorization));
        Assert.Single(_fake.TokenRequests);
    }
}

internal sealed class LoopbackMsalHttpClientFactory(Uri target) : Microsoft.Identity.Client.IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new Redirect(target));

    public HttpClient GetHttpClient() => _client;

    private sealed class Redirect(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("https://login.microsoftonline.com", request.RequestUri!.GetLeftPart(UriPartial.Authority));
            request.RequestUri = new Uri(target, request.RequestUri.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
