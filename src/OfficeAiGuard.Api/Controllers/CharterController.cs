using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Charters;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>The caller's tenant's charter policy: what the add-in enforces.</summary>
[ApiController]
[Authorize]
[Route("api/charter")]
public sealed class CharterController(CharterService charters) : ControllerBase
{
    /// <summary>The current policy, or a given <paramref name="version"/> (e.g. the one a declaration was made under).</summary>
    [HttpGet]
    public async Task<ActionResult<CharterPolicy>> Get([FromQuery] int? version, CancellationToken ct)
    {
        string tenant = Caller.From(User).TenantId;
        if (version is null) return await charters.CurrentAsync(tenant, ct);
        return await charters.VersionAsync(tenant, version.Value, ct) ?? throw ApiProblem.NotFound($"La version {version} de la charte est");
    }

    [HttpGet("versions")]
    public async Task<IReadOnlyList<CharterVersionInfo>> Versions(CancellationToken ct) =>
        await charters.VersionsAsync(Caller.From(User).TenantId, ct);
}
