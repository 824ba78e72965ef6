using System.Net;
using System.Net.Http.Headers;

namespace OfficeAiGuard.Graph;

/// <summary>
/// Retries Graph calls on 429 and transient 5xx (500, 502, 503, 504) and on network errors, at most
/// <see cref="GraphWriterOptions.MaxRetries"/> times. Waits what Retry-After says (seconds or date),
/// otherwise an exponential back-off; a wait longer than <see cref="GraphWriterOptions.MaxRetryDelay"/>
/// is not done: the response goes back to the caller, whose outcome says when to retry.
/// Replaces the Kiota RetryHandler in the pipeline so retries do not multiply.
/// </summary>
public sealed class GraphRetryHandler(GraphWriterOptions options, Func<TimeSpan, CancellationToken, Task>? delay = null)
    : DelegatingHandler
{
    private readonly Func<TimeSpan, CancellationToken, Task> _delay = delay ?? Task.Delay;

    internal static bool IsTransient(HttpStatusCode code) =>
        code is HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Buffer the body so it can be sent again.
        if (request.Content is { } content)
        {
            var bytes = await content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var buffered = new ByteArrayContent(bytes);
            foreach (var h in content.Headers) buffered.Headers.TryAddWithoutValidation(h.Key, h.Value);
            request.Content = buffered;
        }

        for (int attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException) when (attempt < options.MaxRetries)
            {
                await _delay(Backoff(attempt), cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!IsTransient(response.StatusCode) || attempt >= options.MaxRetries) return response;
            var wait = RetryAfter(response.Headers) ?? Backoff(attempt);
            if (wait > options.MaxRetryDelay) return response;
            response.Dispose();
            await _delay(wait, cancellationToken).ConfigureAwait(false);
            request.Headers.Remove("Retry-Attempt");
            request.Headers.TryAddWithoutValidation("Retry-Attempt", (attempt + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromTicks(Math.Min(options.MaxRetryDelay.Ticks, options.BaseRetryDelay.Ticks * (1L << Math.Min(attempt, 16))));

    /// <summary>The Retry-After header as a delay (delta seconds or HTTP date), null when absent.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        var retryAfter = headers.RetryAfter;
        if (retryAfter?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (retryAfter?.Date is { } date)
        {
            var d = date - DateTimeOffset.UtcNow;
            return d < TimeSpan.Zero ? TimeSpan.Zero : d;
        }
        return null;
    }
}
