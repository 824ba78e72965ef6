using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// Inspects and stamps uploaded .docx files with the tenant's charter. Files are read and written in memory;
/// nothing of their content is stored or logged.
/// </summary>
public sealed class DocumentService(ScanService scans, CharterService charters, TimeProvider clock)
{
    public async Task<DocumentInspectionResponse> InspectAsync(Caller caller, Stream file, CancellationToken ct)
    {
        var inspection = Guarded(() => DocxInspector.Inspect(file));
        var scan = await scans.ScanAsync(caller.TenantId, inspection.Text.Text, "send", ct);
        var findings = scan.Findings
            .Select(f => new DocumentFindingResponse(f, inspection.Text.StoryAt(f.Start)?.ToString().ToLowerInvariant()))
            .ToList();
        return new DocumentInspectionResponse(inspection.Sha256, inspection.MentionPresent, inspection.Declaration,
            scan.Verdict, scan.PolicyVersion, findings);
    }

    /// <summary>Inserts the charter's mention (once) and writes the declaration into the file's custom properties.</summary>
    public async Task<(byte[] Content, DocxStampResult Result)> StampAsync(Caller caller, Stream file, DocumentStampForm form, CancellationToken ct)
    {
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        if (string.IsNullOrWhiteSpace(form.ToolId) || policy.FindTool(form.ToolId) is null)
            throw ApiProblem.Validation("toolId", $"L'outil « {form.ToolId} » ne figure pas dans la charte (version {policy.Version}).");
        if (string.IsNullOrWhiteSpace(form.Purpose))
            throw ApiProblem.Validation("purpose", "La finalité de l'usage de l'IA est obligatoire.");
        var inspection = Guarded(() => DocxInspector.Inspect(file));
        var scan = await scans.ScanAsync(caller.TenantId, inspection.Text.Text, "send", ct);
        var record = new AiUseRecord
        {
            Tool = form.ToolId,
            Purpose = form.Purpose,
            Mode = string.IsNullOrWhiteSpace(form.Mode) ? "assisted" : form.Mode,
            Date = clock.GetUtcNow(),
            ReviewerId = ReviewerId.For(caller),
            PolicyVersion = policy.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ChecklistComplete = form.ChecklistComplete,
            FindingCounts = scan.Findings.GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Count()),
        };
        file.Position = 0;
        using var output = new MemoryStream();
        var position = policy.Mention.Position == MentionPositions.Top ? MentionPosition.Start : MentionPosition.End;
        var result = Guarded(() => DocxStamper.Stamp(file, output, policy.Mention.Text, record, position));
        return (output.ToArray(), result);
    }

    private static T Guarded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DocxRejectedException e)
        {
            int status = e.Reason == DocxRejection.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
            throw new ApiProblem(status, "Document refusé.", e.Message, extensions: new Dictionary<string, object?> { ["reason"] = e.Reason.ToString() });
        }
        catch (ArgumentException e)
        {
            throw ApiProblem.Validation("file", e.Message);
        }
    }
}
