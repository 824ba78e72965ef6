using System.Security.Claims;

namespace OfficeAiGuard.Api.Auth;

/// <summary>Who is calling, from their access token: tenant, stable user id (oid), display name, unit and roles.</summary>
public sealed record Caller(string TenantId, string UserId, string Name, string Unit, IReadOnlySet<string> Roles)
{
    public bool IsDpoOrAdmin => Roles.Contains(AppRoles.Dpo) || Roles.Contains(AppRoles.Admin);
    public bool IsAdmin => Roles.Contains(AppRoles.Admin);
    public bool IsManager => Roles.Contains(AppRoles.Manager);
    public bool CanAudit => IsDpoOrAdmin || IsManager;

    public static Caller From(ClaimsPrincipal user)
    {
        string tenant = user.FindFirst(ClaimNames.TenantId)?.Value ?? throw new InvalidOperationException("No tenant claim.");
        string oid = user.FindFirst(ClaimNames.ObjectId)?.Value ?? user.FindFirst("sub")?.Value ?? throw new InvalidOperationException("No oid claim.");
        string name = user.FindFirst(ClaimNames.Name)?.Value ?? user.FindFirst("preferred_username")?.Value ?? oid;
        var roles = user.FindAll(ClaimNames.Roles).Select(c => c.Value).ToHashSet();
        return new Caller(tenant, oid, name, Units.Normalize(user.FindFirst(ClaimNames.Unit)?.Value), roles);
    }
}

/// <summary>Organisational unit paths ("dgs/solidarites/ccas"): a manager's scope is their unit and below.</summary>
public static class Units
{
    public static string Normalize(string? unit) =>
        string.Join('/', (unit ?? "").Trim().ToLowerInvariant().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static bool IsWithin(string unit, string scope) =>
        scope.Length == 0 || unit == scope || unit.StartsWith(scope + "/", StringComparison.Ordinal);
}
