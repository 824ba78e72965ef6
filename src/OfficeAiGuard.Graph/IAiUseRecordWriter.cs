using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Graph;

/// <summary>
/// Writes the AI-use record onto Microsoft 365 items through Graph. Calls never throw for Graph or token
/// failures: they return an outcome to store with the declaration (saved first), so a failed write can be
/// retried later and its state shown. Argument errors and cancellation still throw.
/// </summary>
public interface IAiUseRecordWriter
{
    /// <summary>Whether writes are attempted at all (off when no tenant is configured), and why not.</summary>
    GraphWriterStatus Status { get; }

    /// <summary>
    /// On the user's message (REST id, <c>/me/messages/{id}</c>): the open extension
    /// <see cref="GraphWriterOptions.ExtensionName"/> holding the record, and the filterable string
    /// extended property <see cref="GraphWriterOptions.DisclosurePropertyId"/>. Needs Mail.ReadWrite (delegated).
    /// </summary>
    Task<GraphWriteOutcome> WriteMessageRecordAsync(string userAssertion, string messageId, AiUseRecord record,
        CancellationToken cancellationToken = default);

    /// <summary>On a file in a document library: the listItem fields <see cref="AiUseColumns"/>. Needs Sites.ReadWrite.All.</summary>
    Task<GraphWriteOutcome> WriteDriveItemRecordAsync(string userAssertion, string driveId, string itemId, AiUseRecord record,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates the missing <see cref="AiUseColumns"/> (indexed where useful) on a library. Needs Sites.Manage.All;
    /// <paramref name="userAssertion"/> null uses the application's own token (client credentials).
    /// </summary>
    Task<ColumnProvisioning> ProvisionColumnsAsync(string? userAssertion, string siteId, string listId,
        CancellationToken cancellationToken = default);
}

/// <summary>The writer when no tenant is configured: every call returns <see cref="GraphWriteStatus.Disabled"/> with the reason.</summary>
public sealed class DisabledAiUseRecordWriter(GraphWriterStatus status) : IAiUseRecordWriter
{
    public GraphWriterStatus Status { get; } = status;

    private GraphWriteOutcome Outcome => new(GraphWriteStatus.Disabled, Status.Reason ?? "Écriture Microsoft Graph désactivée.", Retryable: false);

    public Task<GraphWriteOutcome> WriteMessageRecordAsync(string userAssertion, string messageId, AiUseRecord record, CancellationToken cancellationToken = default) =>
        Task.FromResult(Outcome);

    public Task<GraphWriteOutcome> WriteDriveItemRecordAsync(string userAssertion, string driveId, string itemId, AiUseRecord record, CancellationToken cancellationToken = default) =>
        Task.FromResult(Outcome);

    public Task<ColumnProvisioning> ProvisionColumnsAsync(string? userAssertion, string siteId, string listId, CancellationToken cancellationToken = default) =>
        Task.FromResult(new ColumnProvisioning(Outcome, [], []));
}

public static class AiUseRecordWriter
{
    /// <summary>The real writer (MSAL + Graph) when <paramref name="options"/> are complete, otherwise the disabled one.</summary>
    public static IAiUseRecordWriter Create(GraphWriterOptions options)
    {
        var status = options.Evaluate();
        return status.Enabled
            ? new GraphAiUseRecordWriter(options, new MsalTokenProvider(options))
            : new DisabledAiUseRecordWriter(status);
    }
}
