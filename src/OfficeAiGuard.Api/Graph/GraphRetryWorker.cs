using Microsoft.Extensions.Options;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Graph;

namespace OfficeAiGuard.Api.Graph;

/// <summary>
/// Re-attempts pending Graph writes whose next attempt is due, every <see cref="GraphRetryOptions.Interval"/>, a bounded
/// batch at a time, with the application's token. Does nothing when the writer is off or the retry is disabled.
/// </summary>
public sealed class GraphRetryWorker(IServiceScopeFactory scopes, IAiUseRecordWriter writer, IOptions<GraphRetryOptions> options,
    ILogger<GraphRetryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!writer.Status.Enabled || !settings.Enabled) return;
        using var timer = new PeriodicTimer(settings.Interval > TimeSpan.Zero ? settings.Interval : TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    int attempted = await scope.ServiceProvider.GetRequiredService<GraphWriteService>().RetryDueAsync(ct: stoppingToken);
                    if (attempted > 0) logger.LogInformation("Graph retry: {Attempted} pending write(s) attempted", attempted);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning("Graph retry pass failed: {ExceptionType}", e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
