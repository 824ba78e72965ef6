using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Problems;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// What an auditor may see: the whole tenant for the DPO and the administrator, a manager's unit and the units
/// below it, nothing for an agent. Always filtered by tenant first.
/// </summary>
public sealed record AuditScope(string TenantId, string? UnitPrefix)
{
    public static AuditScope Of(Caller caller)
    {
        if (caller.IsDpoOrAdmin) return new AuditScope(caller.TenantId, null);
        if (!caller.IsManager) throw ApiProblem.Forbidden("L'audit est réservé aux responsables, au DPO et aux administrateurs.");
        if (caller.Unit.Length == 0) throw ApiProblem.Forbidden("Aucune unité n'est associée à votre compte de responsable.");
        return new AuditScope(caller.TenantId, caller.Unit);
    }

    public IQueryable<DeclarationRow> Apply(IQueryable<DeclarationRow> rows) =>
        WithinUnit(rows.Where(d => d.TenantId == TenantId), UnitPrefix);

    public IQueryable<IncidentRow> Apply(IQueryable<IncidentRow> rows) =>
        WithinUnit(rows.Where(i => i.TenantId == TenantId), UnitPrefix);

    /// <summary>Rows of <paramref name="unit"/> and the units below it (no filter when null or empty).</summary>
    public static IQueryable<DeclarationRow> WithinUnit(IQueryable<DeclarationRow> rows, string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return rows;
        string below = unit + "/";
        return rows.Where(d => d.Unit == unit || d.Unit.StartsWith(below));
    }

    public static IQueryable<IncidentRow> WithinUnit(IQueryable<IncidentRow> rows, string? unit)
    {
        if (string.IsNullOrEmpty(unit)) return rows;
        string below = unit + "/";
        return rows.Where(i => i.Unit == unit || i.Unit.StartsWith(below));
    }
}
