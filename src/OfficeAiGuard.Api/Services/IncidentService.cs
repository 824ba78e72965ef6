using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// Incidents reported by agents, routed to the charter's contacts and followed by the DPO. The description is
/// the agent's own words; any sensitive value the engine detects in it is replaced by its category before storing.
/// </summary>
public sealed class IncidentService(AppDb db, CharterService charters, AnalyzerEngine engine, TimeProvider clock, ILogger<IncidentService> logger)
{
    public const int MaxDescriptionLength = 2000;

    public async Task<IncidentResponse> ReportAsync(Caller caller, IncidentRequest request, CancellationToken ct = default, DateTime? at = null)
    {
        var errors = new Dictionary<string, string[]>();
        string kind = request.Kind?.Trim().ToLowerInvariant() ?? "";
        if (!IncidentKinds.All.Contains(kind)) errors["kind"] = [$"Type d'incident attendu parmi : {string.Join(", ", IncidentKinds.All)}."];
        string description = request.Description?.Trim() ?? "";
        if (description.Length == 0) errors["description"] = ["Décrivez l'incident en quelques mots (sans recopier le brouillon)."];
        else if (description.Length > MaxDescriptionLength) errors["description"] = [$"La description dépasse {MaxDescriptionLength} caractères."];
        if (request.ItemKey?.Length > DeclarationService.MaxItemKeyLength) errors["itemKey"] = ["L'identifiant de l'élément est trop long."];
        if (errors.Count > 0) throw ApiProblem.Validation(errors);

        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        string? toolId = string.IsNullOrWhiteSpace(request.ToolId) ? null : request.ToolId.Trim();
        if (toolId is not null && policy.FindTool(toolId) is null)
            throw ApiProblem.Validation("toolId", $"L'outil « {toolId} » ne figure pas dans la charte (version {policy.Version}).");
        var routedTo = policy.IncidentRouting.GetValueOrDefault(kind, [ContactRoles.Dpo])
            .Select(role => (role, contact: policy.Contacts.ForRole(role)))
            .Where(x => x.contact is not null)
            .Select(x => new IncidentContact(x.role, x.contact!.Name, x.contact.Email)).ToList();
        var row = new IncidentRow
        {
            Id = Guid.NewGuid(),
            TenantId = caller.TenantId,
            Kind = kind,
            Description = Redact(description),
            ToolId = toolId,
            ItemKey = string.IsNullOrWhiteSpace(request.ItemKey) ? null : request.ItemKey.Trim(),
            ReporterId = caller.UserId,
            ReporterName = caller.Name,
            Unit = caller.Unit,
            RoutedTo = JsonSerializer.Serialize(routedTo),
            Status = IncidentStatuses.New,
            CreatedAt = at ?? clock.GetUtcNow().UtcDateTime,
        };
        db.Incidents.Add(row);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Incident {IncidentId} ({Kind}) reported in tenant {TenantId}, routed to {Roles}",
            row.Id, kind, caller.TenantId, string.Join(",", routedTo.Select(c => c.Role)));
        return ToResponse(row);
    }

    /// <summary>Agents see their own incidents, managers their unit and below, the DPO and the administrator the tenant.</summary>
    public async Task<IReadOnlyList<IncidentResponse>> ListAsync(Caller caller, string? status, DateTime? from, DateTime? to, CancellationToken ct = default)
    {
        var rows = db.Incidents.AsNoTracking();
        rows = caller.CanAudit ? AuditScope.Of(caller).Apply(rows) : rows.Where(i => i.TenantId == caller.TenantId && i.ReporterId == caller.UserId);
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!IncidentStatuses.All.Contains(status)) throw ApiProblem.Validation("status", $"Statut attendu parmi : {string.Join(", ", IncidentStatuses.All)}.");
            rows = rows.Where(i => i.Status == status);
        }
        if (from is not null) rows = rows.Where(i => i.CreatedAt >= from);
        if (to is not null) rows = rows.Where(i => i.CreatedAt < to);
        return (await rows.OrderByDescending(i => i.CreatedAt).Take(1000).ToListAsync(ct)).Select(ToResponse).ToList();
    }

    /// <summary>Moves an incident to nouveau / en_cours / clos (DPO or administrator; 404 outside the tenant).</summary>
    public async Task<IncidentResponse> SetStatusAsync(Caller caller, Guid id, string? status, CancellationToken ct = default)
    {
        if (status is null || !IncidentStatuses.All.Contains(status))
            throw ApiProblem.Validation("status", $"Statut attendu parmi : {string.Join(", ", IncidentStatuses.All)}.");
        var row = await db.Incidents.FirstOrDefaultAsync(i => i.Id == id && i.TenantId == caller.TenantId, ct)
            ?? throw ApiProblem.NotFound("L'incident est");
        row.Status = status;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        row.UpdatedBy = caller.Name;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Incident {IncidentId} moved to {Status}", id, status);
        return ToResponse(row);
    }

    public static IncidentResponse ToResponse(IncidentRow row) => new(row.Id, row.Kind, row.Description, row.ToolId, row.ItemKey,
        row.ReporterId, row.ReporterName, row.Unit, row.Status,
        JsonSerializer.Deserialize<List<IncidentContact>>(row.RoutedTo) ?? [], row.CreatedAt, row.UpdatedAt, row.UpdatedBy);

    /// <summary>Replaces every sensitive value the engine finds (organisation ids aside) by its category, e.g. [NIR].</summary>
    private string Redact(string text)
    {
        var findings = engine.Analyze(text).Where(f => f.Category != Categories.OrgId).OrderBy(f => f.Start).ToList();
        var sb = new StringBuilder();
        int position = 0;
        foreach (var f in findings)
        {
            if (f.Start < position) continue;
            sb.Append(text, position, f.Start - position).Append('[').Append(f.Category).Append(']');
            position = f.End;
        }
        return sb.Append(text, position, text.Length - position).ToString();
    }
}
