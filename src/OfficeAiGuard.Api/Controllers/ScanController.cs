using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Services;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Scans a draft for sensitive data. The text is analysed in memory only: never stored nor logged.</summary>
[ApiController]
[Authorize]
[Route("api/scan")]
public sealed class ScanController(ScanService scanService) : ControllerBase
{
    public const int MaxTextLength = 1_000_000;

    [HttpPost]
    [ProducesResponseType<ScanResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ScanResponse>> Scan(ScanRequest request, CancellationToken ct)
    {
        if (request.Text is null)
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = ["Le texte à vérifier est obligatoire."] }));
        if (request.Text.Length > MaxTextLength)
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = [$"Le texte dépasse {MaxTextLength} caractères."] }));
        return await scanService.ScanAsync(Caller.From(User).TenantId, request.Text, request.Destination, ct);
    }
}
