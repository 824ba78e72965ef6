namespace OfficeAiGuard.Graph;

public enum GraphWriteStatus
{
    /// <summary>The record is on the item.</summary>
    Written,
    /// <summary>No tenant configured: nothing was attempted.</summary>
    Disabled,
    /// <summary>The message, file or list does not exist (or the user cannot see it).</summary>
    NotFound,
    /// <summary>Permission missing (403) or consent required.</summary>
    Forbidden,
    /// <summary>The library lacks the AI-use columns: run the provisioning.</summary>
    ColumnsMissing,
    /// <summary>Graph asked to slow down for longer than we wait inline; retry after <see cref="GraphWriteOutcome.RetryAfter"/>.</summary>
    Throttled,
    /// <summary>Any other failure; <see cref="GraphWriteOutcome.Retryable"/> tells whether a later retry may succeed.</summary>
    Failed,
}

/// <summary>
/// Result of one Graph write, to store next to the declaration (which is saved first and never lost).
/// <see cref="Message"/> is French and safe to show: it never contains document content.
/// </summary>
public sealed record GraphWriteOutcome(
    GraphWriteStatus Status,
    string Message,
    bool Retryable,
    TimeSpan? RetryAfter = null,
    string? GraphErrorCode = null,
    IReadOnlyList<string>? MissingColumns = null)
{
    public bool Succeeded => Status == GraphWriteStatus.Written;

    /// <summary>Failed attempts after which a background retry gives up (the state stays visible).</summary>
    public const int MaxBackgroundAttempts = 8;

    /// <summary>
    /// When a background job should try again after <paramref name="failedAttempts"/> failures (this one
    /// included), or null when it should not: success, not retryable, or too many attempts. Honours
    /// Graph's Retry-After, otherwise 1 min, 2 min, 4 min… capped at 6 h.
    /// </summary>
    public DateTimeOffset? NextAttempt(DateTimeOffset now, int failedAttempts)
    {
        if (!Retryable || failedAttempts >= MaxBackgroundAttempts) return null;
        var backoff = TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, failedAttempts - 1))));
        return now + (RetryAfter is { } ra && ra > backoff ? ra : backoff);
    }

    public static GraphWriteOutcome Written(string message) => new(GraphWriteStatus.Written, message, false);
}

/// <summary>Result of a column provisioning.</summary>
public sealed record ColumnProvisioning(
    GraphWriteOutcome Outcome,
    IReadOnlyList<string> Created,
    IReadOnlyList<string> AlreadyPresent);
