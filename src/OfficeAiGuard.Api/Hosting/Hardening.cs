using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using OfficeAiGuard.Api.Auth;

namespace OfficeAiGuard.Api.Hosting;

/// <summary>Configuration section "RateLimiting": a fixed window per user (tenant + object id), per client address when anonymous.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";
    public int PermitLimit { get; set; } = 600;
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>Configuration section "Cors": origins of the add-in and dashboard when they are not served by the API itself.</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";
    public List<string> AllowedOrigins { get; set; } = [];
}

/// <summary>Rate limiting per user and CORS limited to the configured add-in origins.</summary>
public static class Hardening
{
    public static IServiceCollection AddOfficeAiGuardHardening(this IServiceCollection services, IConfiguration config)
    {
        var limits = config.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                }));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = limits.WindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Trop de requêtes.",
                        Detail = $"Réessayez dans {limits.WindowSeconds} secondes.",
                    },
                });
            };
        });

        var cors = config.GetSection(CorsOptions.Section).Get<CorsOptions>() ?? new CorsOptions();
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (cors.AllowedOrigins.Count > 0)
                p.WithOrigins([.. cors.AllowedOrigins]).WithHeaders("Authorization", "Content-Type").WithMethods("GET", "POST", "PATCH");
        }));
        return services;
    }

    private static string PartitionKey(HttpContext context)
    {
        var user = context.User;
        string? tenant = user.FindFirst(ClaimNames.TenantId)?.Value;
        string? oid = user.FindFirst(ClaimNames.ObjectId)?.Value;
        return user.Identity?.IsAuthenticated == true && tenant is not null && oid is not null
            ? $"user:{tenant}/{oid}"
            : $"ip:{context.Connection.RemoteIpAddress}";
    }
}
