using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OfficeAiGuard.Api.Tests.Infrastructure;

/// <summary>The real API in process, in the Development environment (development issuer on).</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");

    /// <summary>A client signed in through the development issuer as the given user.</summary>
    public async Task<HttpClient> ClientFor(string user, string tenant, string[]? roles = null, string? unit = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/dev/token", new { user, tenant, roles = roles ?? [], unit });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}
