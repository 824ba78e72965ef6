namespace OfficeAiGuard.Api.Hosting;

/// <summary>Request size limits: a draft is at most a few hundred KB; anything far larger is refused (413).</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 4 * 1024 * 1024;
}
