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
    [HttpPost]
    [ProducesResponseType<ScanResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ScanResponse>> Scan(ScanRequest request, CancellationToken ct)
    {
        string text = DraftText.Require(request.Text);
        return await scanService.ScanAsync(Caller.From(User).TenantId, text, request.Destination, ct);
    }
}
