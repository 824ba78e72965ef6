using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
    public ActionResult<ScanResponse> Scan(ScanRequest request)
    {
        if (request.Text is null)
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = ["Le texte à vérifier est obligatoire."] }));
        if (request.Text.Length > MaxTextLength)
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]> { ["text"] = [$"Le texte dépasse {MaxTextLength} caractères."] }));
        string destination = string.IsNullOrWhiteSpace(request.Destination) ? "send" : request.Destination;
        return scanService.Scan(request.Text, destination);
    }
}
