namespace OfficeAiGuard.Api.Auth;

/// <summary>The caller's access token to this API: the user assertion of Graph's on-behalf-of flow. Never logged nor stored.</summary>
public static class BearerToken
{
    public static string? From(HttpRequest request)
    {
        string? header = request.Headers.Authorization.FirstOrDefault();
        return header is not null && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7
            ? header[7..].Trim()
            : null;
    }
}
