using Microsoft.Identity.Client;

namespace OfficeAiGuard.TestSupport;

/// <summary>
/// MSAL only accepts an https authority: this HTTP client sends MSAL's requests to
/// https://login.microsoftonline.com to the fake on loopback (plain http) instead, so the real MSAL
/// token requests reach <see cref="FakeGraph"/>'s token endpoint. Any other host is refused.
/// </summary>
public sealed class LoopbackMsalHttpClientFactory(Uri target) : IMsalHttpClientFactory
{
    private readonly HttpClient _client = new(new Redirect(target));

    public HttpClient GetHttpClient() => _client;

    private sealed class Redirect(Uri target) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.GetLeftPart(UriPartial.Authority) != "https://login.microsoftonline.com")
                throw new InvalidOperationException($"Unexpected MSAL request to {request.RequestUri.GetLeftPart(UriPartial.Authority)}.");
            request.RequestUri = new Uri(target, request.RequestUri.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
