using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Services;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>
/// Audit for managers (their unit and below), the DPO and administrators (the tenant). Agents get 403;
/// another tenant's ids are 404.
/// </summary>
[ApiController]
[Authorize(Policy = AuthSetup.AuditPolicy)]
[Route("api/audit")]
public sealed class AuditController(AuditService audit) : ControllerBase
{
    [HttpGet("declarations")]
    public async Task<DeclarationPage> Declarations([FromQuery] AuditQuery query, CancellationToken ct) =>
        await audit.DeclarationsAsync(Caller.From(User), query, ct);

    [HttpGet("declarations/{id:guid}")]
    public async Task<DeclarationDetailResponse> Declaration(Guid id, CancellationToken ct) =>
        await audit.DeclarationAsync(Caller.From(User), id, ct);

    [HttpGet("declarations.csv")]
    public async Task<FileContentResult> Csv([FromQuery] AuditQuery query, CancellationToken ct) =>
        File(await audit.CsvAsync(Caller.From(User), query, ct), "text/csv; charset=utf-8", $"declarations-ia-{DateTime.UtcNow:yyyyMMdd}.csv");

    [HttpGet("indicators")]
    public async Task<IndicatorsResponse> Indicators([FromQuery] DateTime? from, [FromQuery] DateTime? to, [FromQuery] string? granularity,
        [FromQuery] string? unit, CancellationToken ct) =>
        await audit.IndicatorsAsync(Caller.From(User), from, to, granularity, unit, ct);

    [HttpGet("integrity")]
    public async Task<ChainCheck> Integrity(CancellationToken ct) => await audit.VerifyChainAsync(Caller.From(User), ct);
}
