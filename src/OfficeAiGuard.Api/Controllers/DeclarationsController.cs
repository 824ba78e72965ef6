using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>AI-use declarations of the caller's own items.</summary>
[ApiController]
[Authorize]
[Route("api/declarations")]
public sealed class DeclarationsController(DeclarationService declarations) : ControllerBase
{
    /// <summary>Declares an AI use: 201 with the stored record, or 200 with the identical record already stored (a retry).</summary>
    [HttpPost]
    [ProducesResponseType<DeclarationResponse>(StatusCodes.Status201Created)]
    [ProducesResponseType<DeclarationResponse>(StatusCodes.Status200OK)]
    public async Task<ActionResult<DeclarationResponse>> Declare(DeclarationRequest request, CancellationToken ct)
    {
        var (record, created) = await declarations.DeclareAsync(Caller.From(User), request, ct);
        return created ? Created($"/api/declarations?itemKey={Uri.EscapeDataString(record.ItemKey)}", record) : Ok(record);
    }

    /// <summary>With <c>itemKey</c>: the caller's latest declaration of that item (404 if none); without: the caller's recent declarations.</summary>
    [HttpGet]
    public async Task<ActionResult> Get([FromQuery] string? itemKey, [FromQuery] int take = 50, CancellationToken ct = default)
    {
        var caller = Caller.From(User);
        return itemKey is null ? Ok(await declarations.OwnRecentAsync(caller, take, ct)) : Ok(await declarations.OwnAsync(caller, itemKey, ct));
    }

    /// <summary>The caller's latest declaration of an item whose key is safe in a path (use <c>?itemKey=</c> otherwise).</summary>
    [HttpGet("{**itemKey}")]
    public async Task<DeclarationResponse> GetByPath(string itemKey, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(itemKey) ? throw ApiProblem.NotFound("La déclaration est") : await declarations.OwnAsync(Caller.From(User), itemKey, ct);
}
