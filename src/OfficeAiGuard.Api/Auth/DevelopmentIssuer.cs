using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeAiGuard.Api.Auth;

/// <summary>
/// Signs real RS256 access tokens for local runs and tests (Development only), shaped like Entra ID v2
/// tokens (tid, oid, scp, roles), so the API validates them exactly as it validates Entra ID ones.
/// The key lives in memory: tokens die with the process.
/// </summary>
public sealed class DevelopmentIssuer
{
    public const string Issuer = "https://officeaiguard.local/dev-issuer/v2.0";
    public const string SchemeName = "DevelopmentBearer";

    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "dev-" + Guid.NewGuid().ToString("N")[..8] };

    public SecurityKey SigningKey => _key;

    public string CreateToken(string audience, string user, string tenant, IEnumerable<string> roles, string? unit, TimeSpan lifetime)
    {
        var claims = new List<Claim>
        {
            new(ClaimNames.TenantId, tenant),
            new(ClaimNames.ObjectId, ObjectIdFor(tenant, user)),
            new(ClaimNames.Name, user),
            new(ClaimNames.Scope, AuthSetup.RequiredScope),
            new("preferred_username", user),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Roles, r)));
        if (!string.IsNullOrWhiteSpace(unit)) claims.Add(new Claim(ClaimNames.Unit, unit));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            NotBefore = DateTime.UtcNow.AddSeconds(-5),
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A stable object id per user, as Entra ID gives one stable oid per account.</summary>
    public static string ObjectIdFor(string tenant, string user) =>
        new Guid(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tenant + "/" + user)).AsSpan(0, 16)).ToString();
}
