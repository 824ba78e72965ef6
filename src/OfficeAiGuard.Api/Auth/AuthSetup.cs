using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OfficeAiGuard.Api.Auth;

/// <summary>
/// JWT bearer authentication: Microsoft Entra ID v2 access tokens (issuer per allowed tenant, audience,
/// scope <c>access_as_user</c>) and, in Development, tokens of the <see cref="DevelopmentIssuer"/>.
/// A policy scheme picks the right validator from the token's issuer.
/// </summary>
public static class AuthSetup
{
    public const string RequiredScope = "access_as_user";
    /// <summary>Audit readers: Manager (their unit and below), Dpo and Admin (the tenant).</summary>
    public const string AuditPolicy = "Audit";
    /// <summary>Incident follow-up: Dpo and Admin.</summary>
    public const string DpoPolicy = "Dpo";
    /// <summary>Charter administration: Admin.</summary>
    public const string AdminPolicy = "Admin";
    private const string SelectorScheme = "Bearer";
    private const string EntraScheme = "EntraBearer";

    public static IServiceCollection AddOfficeAiGuardAuth(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var options = config.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.Configure<AuthOptions>(config.GetSection(AuthOptions.Section));
        bool devIssuer = env.IsDevelopment() && options.EnableDevelopmentIssuer;
        var issuer = new DevelopmentIssuer();
        if (devIssuer) services.AddSingleton(issuer);

        var auth = services.AddAuthentication(SelectorScheme)
            .AddPolicyScheme(SelectorScheme, "Entra ID or development issuer", o =>
            {
                o.ForwardDefaultSelector = ctx => devIssuer && IssuerOf(ctx.Request) == DevelopmentIssuer.Issuer
                    ? DevelopmentIssuer.SchemeName : EntraScheme;
            })
            .AddJwtBearer(EntraScheme, o =>
            {
                o.MapInboundClaims = false;
                o.Authority = $"{options.Instance.TrimEnd('/')}/common/v2.0";
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidAudiences = options.ValidAudiences,
                    ValidateIssuer = true,
                    // Multi-tenant metadata publishes "{tenantid}" in its issuer: check the token's tid is allowed.
                    IssuerValidator = (iss, token, _) => ValidateEntraIssuer(iss, token, options),
                    NameClaimType = ClaimNames.Name,
                    RoleClaimType = ClaimNames.Roles,
                };
            });
        if (devIssuer)
        {
            auth.AddJwtBearer(DevelopmentIssuer.SchemeName, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevelopmentIssuer.Issuer,
                    ValidAudiences = options.ValidAudiences,
                    IssuerSigningKey = issuer.SigningKey,
                    NameClaimType = ClaimNames.Name,
                    RoleClaimType = ClaimNames.Roles,
                };
            });
        }

        AuthorizationPolicyBuilder Signed() => new AuthorizationPolicyBuilder(SelectorScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(ClaimNames.TenantId)
            .RequireClaim(ClaimNames.ObjectId)
            .RequireAssertion(ctx => HasScope(ctx.User, RequiredScope));
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(Signed().Build())
            .AddPolicy(AuditPolicy, Signed().RequireClaim(ClaimNames.Roles, AppRoles.Manager, AppRoles.Dpo, AppRoles.Admin).Build())
            .AddPolicy(DpoPolicy, Signed().RequireClaim(ClaimNames.Roles, AppRoles.Dpo, AppRoles.Admin).Build())
            .AddPolicy(AdminPolicy, Signed().RequireClaim(ClaimNames.Roles, AppRoles.Admin).Build())
            .SetFallbackPolicy(null);
        return services;
    }

    private static string ValidateEntraIssuer(string issuer, SecurityToken token, AuthOptions options)
    {
        string? tid = (token as JsonWebToken)?.TryGetClaim(ClaimNames.TenantId, out var c) == true ? c.Value : null;
        string expected = $"{options.Instance.TrimEnd('/')}/{tid}/v2.0";
        if (tid is null || issuer != expected || !options.AllowedTenants.Contains(tid, StringComparer.OrdinalIgnoreCase))
            throw new SecurityTokenInvalidIssuerException($"Issuer not allowed: {issuer}");
        return issuer;
    }

    private static bool HasScope(System.Security.Claims.ClaimsPrincipal user, string scope) =>
        user.FindAll(ClaimNames.Scope).SelectMany(c => c.Value.Split(' ')).Contains(scope);

    private static string? IssuerOf(HttpRequest request)
    {
        string? header = request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        var handler = new JsonWebTokenHandler();
        string raw = header["Bearer ".Length..].Trim();
        return handler.CanReadToken(raw) ? handler.ReadJsonWebToken(raw).Issuer : null;
    }
}
