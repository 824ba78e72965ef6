using Microsoft.AspNetCore.Mvc;

namespace OfficeAiGuard.Api.Hosting;

/// <summary>Request size limits: a draft is at most a few hundred KB; anything far larger is refused (413).</summary>
public static class RequestLimits
{
    public const long MaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Refuses a body announced larger than <see cref="MaxBodyBytes"/> with a 413 problem before reading it
    /// (Kestrel's own limit also stops bodies without a length once they pass the limit).
    /// </summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Requête trop volumineuse.",
                    Detail = $"Le corps de la requête dépasse {MaxBodyBytes / (1024 * 1024)} Mo.",
                },
            });
            return;
        }
        await next();
    });
}
