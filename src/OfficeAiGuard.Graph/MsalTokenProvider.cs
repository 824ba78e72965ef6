using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace OfficeAiGuard.Graph;

/// <summary>
/// MSAL.NET confidential client: on-behalf-of for users, client credentials for the app. One instance
/// per process. The token cache is partitioned per user (MSAL's key for OBO: hash of the incoming
/// assertion), so each user's Graph token and refresh token are reused until they expire; entries are
/// dropped after <see cref="CacheTimeToLive"/> and capped at <see cref="CacheMaxEntries"/>. The cache is in
/// memory: with several API instances each keeps its own, which only costs extra token requests.
/// </summary>
public sealed class MsalTokenProvider : IGraphTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;
    private readonly PartitionedTokenCache _cache;

    public static readonly TimeSpan CacheTimeToLive = TimeSpan.FromHours(12);
    public const int CacheMaxEntries = 20_000;

    public MsalTokenProvider(GraphWriterOptions options, IMsalHttpClientFactory? httpClientFactory = null)
        : this(options, httpClientFactory, CacheTimeToLive, CacheMaxEntries) { }

    internal MsalTokenProvider(GraphWriterOptions options, IMsalHttpClientFactory? httpClientFactory, TimeSpan cacheTimeToLive, int cacheMaxEntries)
    {
        ArgumentNullException.ThrowIfNull(options);
        var status = options.Evaluate();
        if (!status.Enabled) throw new InvalidOperationException(status.Reason);
        _scopes = options.Scopes;

        var builder = ConfidentialClientApplicationBuilder.Create(options.ClientId)
            .WithAuthority($"{options.AuthorityHost.TrimEnd('/')}/{options.TenantId}", validateAuthority: false)
            .WithInstanceDiscovery(false);
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
            builder = builder.WithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        else
            builder = builder.WithClientSecret(options.ClientSecret);
        if (httpClientFactory is not null) builder = builder.WithHttpClientFactory(httpClientFactory);
        _app = builder.Build();
        _cache = new PartitionedTokenCache(cacheTimeToLive, cacheMaxEntries);
        _cache.Attach(_app.UserTokenCache);
        _cache.Attach(_app.AppTokenCache);
    }

    internal int CachedPartitions => _cache.Count;

    public async Task<string> GetTokenAsync(string? userAssertion, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = userAssertion is null
                ? await _app.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false)
                : await _app.AcquireTokenOnBehalfOf(_scopes, new UserAssertion(userAssertion)).ExecuteAsync(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalUiRequiredException ex)
        {
            throw new GraphTokenException(
                "Microsoft Entra ID demande un consentement ou une nouvelle connexion de l'utilisateur pour accéder à Microsoft Graph.",
                consentRequired: true, retryable: false, ex);
        }
        catch (MsalServiceException ex) when (ex.StatusCode is 429 or >= 500)
        {
            throw new GraphTokenException("Microsoft Entra ID est momentanément indisponible.", false, retryable: true, ex);
        }
        catch (MsalServiceException ex)
        {
            throw new GraphTokenException($"Microsoft Entra ID a refusé la demande de jeton ({ex.ErrorCode}).", false, retryable: false, ex);
        }
        catch (MsalClientException ex)
        {
            throw new GraphTokenException($"La configuration Microsoft Entra ID est invalide ({ex.ErrorCode}).", false, retryable: false, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new GraphTokenException("Microsoft Entra ID est injoignable.", false, retryable: true, ex);
        }
    }
}
