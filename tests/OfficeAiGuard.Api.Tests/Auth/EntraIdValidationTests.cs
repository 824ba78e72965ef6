using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OfficeAiGuard.Api.Tests.Infrastructure;

namespace OfficeAiGuard.Api.Tests.Auth;

/// <summary>
/// The API as configured for one Entra ID tenant, its OpenID metadata and signing keys served by a fake
/// login.microsoftonline.com (the JwtBearer back-channel), tokens signed by a local RSA key.
/// </summary>
public sealed class EntraApiFactory : ApiFactory
{
    public const string AllowedTenant = "11111111-2222-3333-4444-555555555555";
    public const string ClientId = "00000000-0000-0000-0000-00000000aa01";
    public const string AppIdUri = "api://officeaiguard.example.fr/00000000-0000-0000-0000-00000000aa01";

    public RsaSecurityKey Key { get; } = new(RSA.Create(2048)) { KeyId = "entra-test-key" };

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("Auth:AllowedTenants:0", AllowedTenant),
        new("Auth:ClientId", ClientId),
        new("Auth:AppIdUri", AppIdUri),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<JwtBearerOptions>("EntraBearer", o => o.BackchannelHttpHandler = new FakeEntraHandler(Key)));
    }

    public string Token(string tenant = AllowedTenant, string audience = ClientId, string scope = "access_as_user",
        DateTime? expires = null, SecurityKey? key = null, string? issuer = null)
    {
        var now = DateTime.UtcNow;
        var exp = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            Subject = new ClaimsIdentity(
            [
                new Claim("tid", tenant), new Claim("oid", "aaaaaaaa-0000-0000-0000-000000000001"), new Claim("name", "Agent Entra"),
                new Claim("scp", scope), new Claim("ver", "2.0"),
            ]),
            IssuedAt = exp.AddHours(-2),
            NotBefore = exp.AddHours(-2),
            Expires = exp,
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Serves the multi-tenant v2.0 OpenID metadata and the JWKS with the test key.</summary>
    private sealed class FakeEntraHandler(RsaSecurityKey key) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            string path = request.RequestUri!.AbsolutePath;
            object? body = path switch
            {
                "/common/v2.0/.well-known/openid-configuration" => new Dictionary<string, object>
                {
                    ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
                    ["jwks_uri"] = "https://login.microsoftonline.com/common/discovery/v2.0/keys",
                    ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
                },
                "/common/discovery/v2.0/keys" => new Dictionary<string, object>
                {
                    ["keys"] = new[] { Jwk(key) },
                },
                _ => null,
            };
            var response = body is null ? new HttpResponseMessage(HttpStatusCode.NotFound)
                : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
            return Task.FromResult(response);
        }

        private static Dictionary<string, string> Jwk(RsaSecurityKey key)
        {
            var p = key.Rsa.ExportParameters(false);
            return new() { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent) };
        }
    }
}

public sealed class EntraIdValidationTests(EntraApiFactory factory) : IClassFixture<EntraApiFactory>
{
    private async Task<HttpStatusCode> CharterWith(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/charter")).StatusCode;
    }

    [Fact]
    public async Task Right_tenant_audience_and_scope_is_accepted() =>
        Assert.Equal(HttpStatusCode.OK, await CharterWith(factory.Token()));

    [Fact]
    public async Task The_app_id_uri_is_an_accepted_audience() =>
        Assert.Equal(HttpStatusCode.OK, await CharterWith(factory.Token(audience: EntraApiFactory.AppIdUri)));

    [Fact]
    public async Task A_tenant_that_is_not_allowed_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CharterWith(factory.Token(tenant: "99999999-2222-3333-4444-555555555555")));

    [Fact]
    public async Task An_issuer_that_does_not_match_the_tenant_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CharterWith(factory.Token(issuer: "https://login.microsoftonline.com/99999999-2222-3333-4444-555555555555/v2.0")));

    [Fact]
    public async Task A_wrong_audience_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CharterWith(factory.Token(audience: "api://another-app")));

    [Fact]
    public async Task A_token_without_the_scope_is_forbidden() =>
        Assert.Equal(HttpStatusCode.Forbidden, await CharterWith(factory.Token(scope: "User.Read")));

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CharterWith(factory.Token(expires: DateTime.UtcNow.AddMinutes(-10))));

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await CharterWith(factory.Token(key: new RsaSecurityKey(RSA.Create(2048)) { KeyId = "entra-test-key" })));
}
