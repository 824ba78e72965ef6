using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace OfficeAiGuard.Api.Hosting;

/// <summary>Request size limits: a draft is at most a few hundred KB; anything far larger is refused (413).</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Refuses a body announced larger than the endpoint's limit (<c>[RequestSizeLimit]</c>, else
    /// <see cref="MaxBodyBytes"/>) with a 413 problem before reading it (Kestrel's own limit also stops bodies
    /// without a length once they pass it). Runs after routing, so the endpoint's metadata is known.
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpointLimit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        long? limit = endpointLimit is null ? MaxBodyBytes : endpointLimit.MaxRequestBodySize;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Requête trop volumineuse.",
                    Detail = $"Le corps de la requête dépasse {limit / (1024 * 1024)} Mo.",
                },
            });
            return;
        }
        await next();
    });
}
