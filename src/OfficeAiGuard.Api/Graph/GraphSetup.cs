using Microsoft.Identity.Client;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Graph;

namespace OfficeAiGuard.Api.Graph;

/// <summary>
/// The Graph writer (section <c>Graph</c>, see src/OfficeAiGuard.Graph/README.md): one instance per process (it owns
/// the HttpClient and the per-user token cache), off with a French reason when no tenant is configured; and the
/// background retry of pending writes (section <c>Graph:Retry</c>).
/// </summary>
public static class GraphSetup
{
    public static IServiceCollection AddOfficeAiGuardGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphRetryOptions>(configuration.GetSection(GraphRetryOptions.Section));
        services.Configure<GraphTargetOptions>(configuration.GetSection(GraphTargetOptions.Section));
        services.AddSingleton<IAiUseRecordWriter>(sp =>
        {
            var options = sp.GetRequiredService<IConfiguration>().GetSection(GraphWriterOptions.SectionName).Get<GraphWriterOptions>() ?? new();
            var status = options.Evaluate();
            if (!status.Enabled) return new DisabledAiUseRecordWriter(status);
            // Tests may supply the token provider, or MSAL's HTTP client (to reach a fake token endpoint).
            var tokens = sp.GetService<IGraphTokenProvider>() ?? new MsalTokenProvider(options, sp.GetService<IMsalHttpClientFactory>());
            return new GraphAiUseRecordWriter(options, tokens);
        });
        services.AddScoped<GraphWriteService>();
        services.AddHostedService<GraphRetryWorker>();
        return services;
    }

    /// <summary>Says once at start whether records are written to Microsoft 365, and if not, why.</summary>
    public static void LogGraphWriterStatus(this WebApplication app)
    {
        var status = app.Services.GetRequiredService<IAiUseRecordWriter>().Status;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("OfficeAiGuard.Api.Graph");
        if (status.Enabled) logger.LogInformation("Microsoft Graph writer on: declarations naming a message or a library file are written to Microsoft 365");
        else logger.LogWarning("Microsoft Graph writer off: {Reason}", status.Reason);
    }
}
