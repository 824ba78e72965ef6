namespace OfficeAiGuard.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/declarations</c>: one declared AI use of an item (mail or document). Holds the agent's
/// choices, the checklist state and finding counts per category — never text nor detected values.
/// </summary>
public sealed record DeclarationRequest(
    string? ItemKey,
    string? Host,
    string? ToolId,
    string? Purpose,
    string? Extent,
    bool? MentionInserted,
    Dictionary<string, bool>? Checklist,
    Dictionary<string, int>? Findings,
    int? PolicyVersion);

/// <summary>A stored declaration (one revision of an item's declaration), with its place in the tenant's hash chain.</summary>
public record DeclarationResponse(
    Guid Id,
    string ItemKey,
    int Revision,
    string Host,
    string ToolId,
    string? ToolName,
    bool ToolApproved,
    string Purpose,
    string Extent,
    bool MentionInserted,
    IReadOnlyDictionary<string, bool> Checklist,
    bool ChecklistComplete,
    IReadOnlyDictionary<string, int> Findings,
    int PolicyVersion,
    string UserId,
    string UserName,
    string Unit,
    DateTime CreatedAt,
    IReadOnlyList<string> NonConformities,
    long Sequence,
    string PreviousHash,
    string Hash);

/// <summary>A declaration as the audit shows it: the latest revision and the item's whole history, oldest first.</summary>
public sealed record DeclarationDetailResponse : DeclarationResponse
{
    public DeclarationDetailResponse(DeclarationResponse latest, IReadOnlyList<DeclarationEvent> history) : base(latest) => History = history;

    public IReadOnlyList<DeclarationEvent> History { get; }
}

/// <summary>One revision of an item's declaration: "declared" (first) or "revised".</summary>
public sealed record DeclarationEvent(int Revision, string Action, DateTime At, string By, string ToolId, bool ChecklistComplete,
    bool MentionInserted, int PolicyVersion, string Hash);
