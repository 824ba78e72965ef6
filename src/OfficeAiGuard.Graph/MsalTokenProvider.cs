using System.Security.Cryptography.X509Certificates;
using Microsoft.Identity.Client;

namespace OfficeAiGuard.Graph;

/// <summary>
/// MSAL.NET confidential client: on-behalf-of for users, client credentials for the app. One instance
/// per process: MSAL's user token cache is partitioned by the hash of the incoming assertion, so each
/// user gets their own cached Graph token (and refresh) until it expires; the app cache holds the app token.
/// The cache is in memory: with several API instances each keeps its own, which only costs extra token requests.
/// </summary>
public sealed class MsalTokenProvider : IGraphTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalTokenProvider(GraphWriterOptions options, IMsalHttpClientFactory? httpClientFactory = null)
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
    }

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
