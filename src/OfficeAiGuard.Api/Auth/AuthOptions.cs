namespace OfficeAiGuard.Api.Auth;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The API's application (client) id; tokens must carry it, or <see cref="AppIdUri"/>, as audience.</summary>
    public string ClientId { get; set; } = "00000000-0000-0000-0000-00000000aa01";

    /// <summary>The API's application id URI, e.g. api://officeaiguard.example.fr/&lt;client id&gt;.</summary>
    public string? AppIdUri { get; set; }

    /// <summary>Entra ID tenants whose users may call the API. Empty: Entra ID sign-in is off.</summary>
    public List<string> AllowedTenants { get; set; } = [];

    /// <summary>Entra ID authority host.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Accept tokens of the built-in development issuer (only honoured in the Development environment).</summary>
    public bool EnableDevelopmentIssuer { get; set; } = true;

    public IEnumerable<string> ValidAudiences => AppIdUri is null ? [ClientId] : [ClientId, AppIdUri];
}
