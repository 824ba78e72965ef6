using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Uploaded .docx files: inspect (findings, declaration, mention) and stamp (mention + declaration).</summary>
[ApiController]
[Authorize]
[Route("api/documents")]
[RequestSizeLimit(MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
public sealed class DocumentsController(DocumentService documents) : ControllerBase
{
    /// <summary>The .docx library's own limit, plus room for the multipart envelope.</summary>
    private const long MaxUploadBytes = 25L * 1024 * 1024 + 64 * 1024;
    private const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [HttpPost("inspect")]
    [Consumes("multipart/form-data")]
    public async Task<DocumentInspectionResponse> Inspect(IFormFile? file, CancellationToken ct)
    {
        await using var content = await BufferAsync(file, ct);
        return await documents.InspectAsync(Caller.From(User), content, ct);
    }

    [HttpPost("stamp")]
    [Consumes("multipart/form-data")]
    public async Task<IActionResult> Stamp([FromForm] DocumentStampForm form, CancellationToken ct)
    {
        await using var content = await BufferAsync(form.File, ct);
        var (bytes, result) = await documents.StampAsync(Caller.From(User), content, form, ct);
        Response.Headers["X-OfficeAiGuard-Mention"] = result.Mention.ToString().ToLowerInvariant();
        string name = Path.GetFileNameWithoutExtension(form.File!.FileName);
        return File(bytes, DocxContentType, $"{(string.IsNullOrWhiteSpace(name) ? "document" : name)}.docx");
    }

    private static async Task<MemoryStream> BufferAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
            throw ApiProblem.Validation("file", "Joignez un fichier .docx dans le champ « file ».");
        if (file.Length > DocxLimits.Default.MaxFileBytes)
            throw new ApiProblem(StatusCodes.Status413PayloadTooLarge, "Document refusé.", "Le fichier dépasse la taille maximale acceptée.");
        var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        return buffer;
    }
}
