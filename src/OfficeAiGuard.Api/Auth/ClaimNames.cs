namespace OfficeAiGuard.Api.Auth;

/// <summary>Claim types of Microsoft Entra ID v2 access tokens that the API reads (and the development issuer writes).</summary>
public static class ClaimNames
{
    public const string TenantId = "tid";
    public const string ObjectId = "oid";
    public const string Name = "name";
    public const string Roles = "roles";
    public const string Scope = "scp";
    /// <summary>Organisational unit (service/direction) path, e.g. "dgs/solidarites/ccas".</summary>
    public const string Unit = "unit";
}

/// <summary>App roles declared on the API's Entra ID app registration.</summary>
public static class AppRoles
{
    public const string Manager = "Manager";
    public const string Dpo = "Dpo";
    public const string Admin = "Admin";
    public static readonly string[] All = [Manager, Dpo, Admin];
}
