using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>
/// Who the caller is, as the API sees them, and the opaque reviewer id the add-in writes on items
/// (X-AI-Disclosure header, document properties) — computed here only, never a name.
/// </summary>
[ApiController]
[Authorize]
[Route("api/me")]
public sealed class MeController : ControllerBase
{
    public sealed record MeResponse(string TenantId, string Name, string Unit, IReadOnlyCollection<string> Roles, string ReviewerId);

    [HttpGet]
    public MeResponse Get()
    {
        var caller = Caller.From(User);
        return new MeResponse(caller.TenantId, caller.Name, caller.Unit, caller.Roles.Order().ToList(), ReviewerId.For(caller));
    }
}
