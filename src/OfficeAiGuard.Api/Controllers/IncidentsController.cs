using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Services;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Incidents: reported by any agent, listed within the caller's scope, followed by the DPO or administrator.</summary>
[ApiController]
[Authorize]
[Route("api/incidents")]
public sealed class IncidentsController(IncidentService incidents) : ControllerBase
{
    [HttpPost]
    [ProducesResponseType<IncidentResponse>(StatusCodes.Status201Created)]
    public async Task<ActionResult<IncidentResponse>> Report(IncidentRequest request, CancellationToken ct)
    {
        var incident = await incidents.ReportAsync(Caller.From(User), request, ct);
        return Created($"/api/incidents/{incident.Id}", incident);
    }

    [HttpGet]
    public async Task<IReadOnlyList<IncidentResponse>> List([FromQuery] string? status, [FromQuery] DateTime? from, [FromQuery] DateTime? to, CancellationToken ct) =>
        await incidents.ListAsync(Caller.From(User), status, from, AuditQuery.EndOf(to), ct);

    [HttpPatch("{id:guid}")]
    [Authorize(Policy = AuthSetup.DpoPolicy)]
    public async Task<IncidentResponse> SetStatus(Guid id, IncidentStatusRequest request, CancellationToken ct) =>
        await incidents.SetStatusAsync(Caller.From(User), id, request.Status, ct);
}
