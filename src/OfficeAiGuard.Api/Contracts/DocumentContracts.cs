using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Api.Contracts;

/// <summary>
/// What <c>POST /api/documents/inspect</c> tells about an uploaded .docx: its hash, the AI-use declaration
/// and mention it already carries, and the charter's findings (spans and categories, never values).
/// </summary>
public sealed record DocumentInspectionResponse(
    string Sha256,
    bool MentionPresent,
    AiUseRecord? Declaration,
    string Verdict,
    int PolicyVersion,
    IReadOnlyList<DocumentFindingResponse> Findings);

/// <summary>A finding in a document: as in a scan, plus the part of the document it stands in.</summary>
public sealed record DocumentFindingResponse(FindingResponse Finding, string? Story);

/// <summary>Form fields of <c>POST /api/documents/stamp</c> (multipart, with the file in "file").</summary>
public sealed record DocumentStampForm
{
    public IFormFile? File { get; init; }
    public string? ToolId { get; init; }
    public string? Purpose { get; init; }
    public string? Mode { get; init; }
    public bool ChecklistComplete { get; init; }
}
