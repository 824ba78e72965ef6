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
public sealed record DeclarationResponse(
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
