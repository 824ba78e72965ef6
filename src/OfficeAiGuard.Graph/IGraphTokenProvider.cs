namespace OfficeAiGuard.Graph;

/// <summary>Access tokens for Graph.</summary>
public interface IGraphTokenProvider
{
    /// <summary>
    /// A Graph token on behalf of the user whose access token to our API is <paramref name="userAssertion"/>
    /// (OBO), or an application token when it is null (client credentials: provisioning from the CLI).
    /// Throws <see cref="GraphTokenException"/> when none can be obtained.
    /// </summary>
    Task<string> GetTokenAsync(string? userAssertion, CancellationToken cancellationToken = default);
}

/// <summary>No token could be obtained; <see cref="Exception.Message"/> is French and safe to show.</summary>
public sealed class GraphTokenException(string message, bool consentRequired, bool retryable, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The user or an administrator must consent (or the user must sign in again).</summary>
    public bool ConsentRequired { get; } = consentRequired;

    public bool Retryable { get; } = retryable;
}
