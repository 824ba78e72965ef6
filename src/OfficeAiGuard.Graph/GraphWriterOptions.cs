namespace OfficeAiGuard.Graph;

/// <summary>
/// Settings of the Graph writer, bindable from configuration (section <c>Graph</c>). Leave
/// <see cref="TenantId"/> empty for local runs: the writer is then off and <see cref="Evaluate"/> says why.
/// </summary>
public sealed class GraphWriterOptions
{
    public const string SectionName = "Graph";

    /// <summary>Entra ID tenant id (GUID) or domain of the app registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id of the API's app registration.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret; prefer a certificate in production.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Path of a PFX/PKCS#12 file holding the client certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Login host (https only: MSAL refuses anything else); the authority is <c>{AuthorityHost}/{TenantId}</c>.</summary>
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Graph root including the version (tests point it at a local fake).</summary>
    public string GraphBaseUrl { get; set; } = "https://graph.microsoft.com/v1.0";

    /// <summary>Scopes requested on behalf of the user; <c>.default</c> takes the app registration's consented permissions.</summary>
    public string[] Scopes { get; set; } = ["https://graph.microsoft.com/.default"];

    /// <summary>The one open extension name used on messages (each new name costs a MAPI named property: never make it dynamic).</summary>
    public string ExtensionName { get; set; } = "fr.officeaiguard.aiUse";

    /// <summary>
    /// Id of the filterable extended property on messages. PS_INTERNET_HEADERS, so it is the same property
    /// as the <c>X-AI-Disclosure</c> header the Outlook add-in sets with <c>internetHeaders.setAsync</c>.
    /// </summary>
    public string DisclosurePropertyId { get; set; } = "String {00020386-0000-0000-C000-000000000046} Name X-AI-Disclosure";

    /// <summary>Retries after the first attempt on 429 and transient 5xx / network errors.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off when the response has no Retry-After; doubled on each retry.</summary>
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait accepted inside one call; a longer Retry-After ends the call as throttled (retry later).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the writer can run with these settings, and if not, why (French, for the status page).</summary>
    public GraphWriterStatus Evaluate()
    {
        if (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId))
            return GraphWriterStatus.Off("Aucun tenant Microsoft Entra ID n'est configuré (Graph:TenantId, Graph:ClientId) : la déclaration est enregistrée, mais rien n'est écrit dans Microsoft 365.");
        if (string.IsNullOrWhiteSpace(ClientSecret) && string.IsNullOrWhiteSpace(CertificatePath))
            return GraphWriterStatus.Off("Ni secret (Graph:ClientSecret) ni certificat (Graph:CertificatePath) n'est configuré : l'écriture dans Microsoft 365 est désactivée.");
        if (!Uri.TryCreate(AuthorityHost, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            return GraphWriterStatus.Off("Graph:AuthorityHost doit être une adresse https.");
        if (!IsAllowedUrl(GraphBaseUrl))
            return GraphWriterStatus.Off("Graph:GraphBaseUrl doit être une adresse https.");
        if (MaxRetries < 0 || MaxRetries > 10)
            return GraphWriterStatus.Off("Graph:MaxRetries doit être compris entre 0 et 10.");
        return GraphWriterStatus.On;
    }

    /// <summary>https, or http on the loopback interface (local fakes only).</summary>
    internal static bool IsAllowedUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}

/// <summary>Whether the Graph writer is on; when off, <see cref="Reason"/> says why in French.</summary>
public sealed record GraphWriterStatus(bool Enabled, string? Reason)
{
    public static readonly GraphWriterStatus On = new(true, null);
    public static GraphWriterStatus Off(string reason) => new(false, reason);
}
