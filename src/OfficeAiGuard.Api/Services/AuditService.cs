using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Api.Services;

/// <summary>The audit for managers, the DPO and the ethics committee: declarations, indicators, CSV, chain check.</summary>
public sealed class AuditService(AppDb db, CharterService charters, TimeProvider clock)
{
    public const int MaxPageSize = 200;
    public const int MaxCsvRows = 50_000;

    public async Task<DeclarationPage> DeclarationsAsync(Caller caller, AuditQuery query, CancellationToken ct = default)
    {
        if (query.Page < 1) throw ApiProblem.Validation("page", "La page commence à 1.");
        if (query.PageSize is < 1 or > MaxPageSize) throw ApiProblem.Validation("pageSize", $"La taille de page va de 1 à {MaxPageSize}.");
        var rows = Filter(caller, query);
        int total = await rows.CountAsync(ct);
        var items = await Sort(rows, query.Sort).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Include(d => d.Findings).AsSplitQuery().ToListAsync(ct);
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        return new DeclarationPage(items.Select(r => DeclarationService.ToResponse(r, policy)).ToList(), query.Page, query.PageSize, total);
    }

    /// <summary>One declaration of the caller's scope (any revision's id) with the item's history; 404 outside the scope.</summary>
    public async Task<DeclarationDetailResponse> DeclarationAsync(Caller caller, Guid id, CancellationToken ct = default)
    {
        var scoped = AuditScope.Of(caller).Apply(db.Declarations.AsNoTracking());
        var row = await scoped.FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw ApiProblem.NotFound("La déclaration est");
        var revisions = await scoped.Include(d => d.Findings).AsSplitQuery()
            .Where(d => d.ItemKey == row.ItemKey).OrderBy(d => d.Revision).ToListAsync(ct);
        var history = revisions.Select(r => new DeclarationEvent(r.Revision, r.Revision == 1 ? "declared" : "revised", r.CreatedAt, r.UserName,
            r.ToolId, r.ChecklistComplete, r.MentionInserted, r.PolicyVersion, r.Hash)).ToList();
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        return new DeclarationDetailResponse(DeclarationService.ToResponse(revisions[^1], policy), history);
    }

    /// <summary>CSV (UTF-8 with BOM, ";" separated, as French spreadsheets expect) of the filtered declarations.</summary>
    public async Task<byte[]> CsvAsync(Caller caller, AuditQuery query, CancellationToken ct = default)
    {
        var rows = await Sort(Filter(caller, query), query.Sort).Take(MaxCsvRows).Include(d => d.Findings).AsSplitQuery().ToListAsync(ct);
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(';', "date", "auteur", "unite", "application", "outil", "outil_valide", "usage", "ampleur",
            "mention_inseree", "checklist_complete", "non_conformites", "donnees_detectees", "version_charte", "element", "revision", "empreinte"));
        foreach (var r in rows)
        {
            sb.AppendLine(string.Join(';', new[]
            {
                r.CreatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.UserName, r.Unit, r.Host,
                policy.FindTool(r.ToolId)?.Name ?? r.ToolId, YesNo(r.ToolApproved), r.Purpose, r.Extent, YesNo(r.MentionInserted),
                YesNo(r.ChecklistComplete), r.NonConformities, DeclarationChain.FindingsText(r.Findings),
                r.PolicyVersion.ToString(CultureInfo.InvariantCulture), r.ItemKey, r.Revision.ToString(CultureInfo.InvariantCulture), r.Hash,
            }.Select(Cell)));
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public async Task<IndicatorsResponse> IndicatorsAsync(Caller caller, DateTime? from, DateTime? to, string? granularity, string? unit, CancellationToken ct = default)
    {
        granularity = string.IsNullOrWhiteSpace(granularity) ? "month" : granularity;
        if (granularity is not ("month" or "quarter")) throw ApiProblem.Validation("granularity", "La granularité est « month » ou « quarter ».");
        var now = clock.GetUtcNow().UtcDateTime;
        var end = AsUtc(AuditQuery.EndOf(to) ?? now);
        var start = AsUtc(from ?? PeriodStart(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-5), granularity));
        if (start >= end) throw ApiProblem.Validation("from", "Le début de la période doit précéder sa fin.");
        if (end - start > TimeSpan.FromDays(3 * 366)) throw ApiProblem.Validation("from", "La période est limitée à trois ans.");

        var scope = AuditScope.Of(caller);
        string? unitFilter = string.IsNullOrWhiteSpace(unit) ? null : Units.Normalize(unit);
        var declarations = AuditScope.WithinUnit(Latest(scope.Apply(db.Declarations.AsNoTracking())), unitFilter)
            .Where(d => d.CreatedAt >= start && d.CreatedAt < end);
        var uses = await declarations.Select(d => new { d.CreatedAt, d.ToolId, d.ToolApproved, d.ChecklistComplete, d.MentionInserted, d.NonConformities, d.Unit, d.Purpose })
            .ToListAsync(ct);
        var findings = await db.DeclarationFindings.AsNoTracking().Where(f => declarations.Any(d => d.Id == f.DeclarationId))
            .GroupBy(f => f.Category).Select(g => new { Category = g.Key, Count = g.Sum(f => f.Count) }).ToListAsync(ct);
        var incidents = await AuditScope.WithinUnit(scope.Apply(db.Incidents.AsNoTracking()), unitFilter)
            .Where(i => i.CreatedAt >= start && i.CreatedAt < end).Select(i => new { i.CreatedAt, i.Status, i.Kind }).ToListAsync(ct);
        var policy = await charters.CurrentAsync(caller.TenantId, ct);

        var periods = new List<PeriodIndicators>();
        for (var p = PeriodStart(start, granularity); p < end; p = NextPeriod(p, granularity))
        {
            var q = NextPeriod(p, granularity);
            var inPeriod = uses.Where(u => u.CreatedAt >= p && u.CreatedAt < q).ToList();
            int n = inPeriod.Count, approved = inPeriod.Count(u => u.ToolApproved), complete = inPeriod.Count(u => u.ChecklistComplete);
            periods.Add(new PeriodIndicators(Label(p, granularity), p, q, n, approved, Rate(approved, n), complete, Rate(complete, n),
                inPeriod.Count(u => u.NonConformities.Length > 0), incidents.Count(i => i.CreatedAt >= p && i.CreatedAt < q)));
        }
        int total = uses.Count, totalApproved = uses.Count(u => u.ToolApproved), totalComplete = uses.Count(u => u.ChecklistComplete);
        var totals = new IndicatorTotals(total, totalApproved, Rate(totalApproved, total), totalComplete, Rate(totalComplete, total),
            uses.Count(u => u.MentionInserted), uses.Count(u => u.NonConformities.Length > 0), incidents.Count);
        var byTool = uses.GroupBy(u => u.ToolId).Select(g =>
        {
            var tool = policy.FindTool(g.Key);
            return new ToolUses(g.Key, tool?.Name, g.First().ToolApproved, tool?.Sovereign, g.Count());
        }).OrderByDescending(t => t.Uses).ToList();
        var byUnit = uses.GroupBy(u => u.Unit).Select(g => new UnitUses(g.Key, g.Count())).OrderByDescending(u => u.Uses).Take(100).ToList();
        var byPurpose = uses.GroupBy(u => u.Purpose).OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count());
        var byCategory = Categories.All.Where(c => c != Categories.OrgId)
            .ToDictionary(c => c, c => findings.FirstOrDefault(f => f.Category == c)?.Count ?? 0);
        var byNonConformity = NonConformities.All.ToDictionary(code => code,
            code => uses.Count(u => u.NonConformities.Split(',').Contains(code)));
        var byStatus = IncidentStatuses.All.ToDictionary(s => s, s => incidents.Count(i => i.Status == s));
        var byKind = IncidentKinds.All.ToDictionary(k => k, k => incidents.Count(i => i.Kind == k));
        return new IndicatorsResponse(start, end, granularity, unitFilter ?? scope.UnitPrefix, totals, periods, byTool, byUnit, byPurpose,
            byCategory, byNonConformity, byStatus, byKind);
    }

    /// <summary>Recomputes the tenant's declaration hash chain (DPO or administrator).</summary>
    public async Task<ChainCheck> VerifyChainAsync(Caller caller, CancellationToken ct = default)
    {
        if (!caller.IsDpoOrAdmin) throw ApiProblem.Forbidden("La vérification d'intégrité est réservée au DPO et aux administrateurs.");
        var rows = await db.Declarations.AsNoTracking().Include(d => d.Findings).AsSplitQuery()
            .Where(d => d.TenantId == caller.TenantId).OrderBy(d => d.Sequence).ToListAsync(ct);
        return DeclarationChain.Verify(rows);
    }

    private IQueryable<DeclarationRow> Filter(Caller caller, AuditQuery q)
    {
        var rows = Latest(AuditScope.Of(caller).Apply(db.Declarations.AsNoTracking()));
        if (q.From is { } from) { var f = AsUtc(from); rows = rows.Where(d => d.CreatedAt >= f); }
        if (AuditQuery.EndOf(q.To) is { } to) { var t = AsUtc(to); rows = rows.Where(d => d.CreatedAt < t); }
        if (!string.IsNullOrWhiteSpace(q.ToolId)) rows = rows.Where(d => d.ToolId == q.ToolId);
        if (!string.IsNullOrWhiteSpace(q.Unit)) rows = AuditScope.WithinUnit(rows, Units.Normalize(q.Unit));
        if (q.ChecklistComplete is { } complete) rows = rows.Where(d => d.ChecklistComplete == complete);
        if (q.NonConforming is { } nc) rows = nc ? rows.Where(d => d.NonConformities != "") : rows.Where(d => d.NonConformities == "");
        if (!string.IsNullOrWhiteSpace(q.Host)) { string host = q.Host.ToLowerInvariant(); rows = rows.Where(d => d.Host == host); }
        if (!string.IsNullOrWhiteSpace(q.Category))
        {
            if (!Categories.IsKnown(q.Category)) throw ApiProblem.Validation("category", $"Catégorie inconnue : {q.Category}.");
            rows = rows.Where(d => d.Findings.Any(f => f.Category == q.Category && f.Count > 0));
        }
        if (!string.IsNullOrWhiteSpace(q.Author))
        {
            string author = q.Author.Trim().ToLowerInvariant();
            rows = rows.Where(d => d.UserName.ToLower().Contains(author));
        }
        return rows;
    }

    /// <summary>Only the latest revision of each item's declaration.</summary>
    private IQueryable<DeclarationRow> Latest(IQueryable<DeclarationRow> rows) =>
        rows.Where(d => !db.Declarations.Any(o => o.TenantId == d.TenantId && o.ItemKey == d.ItemKey && o.Revision > d.Revision));

    private static IQueryable<DeclarationRow> Sort(IQueryable<DeclarationRow> rows, string? sort) => (sort ?? "-createdAt") switch
    {
        "createdAt" => rows.OrderBy(d => d.CreatedAt).ThenBy(d => d.Sequence),
        "-createdAt" => rows.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Sequence),
        "toolId" => rows.OrderBy(d => d.ToolId).ThenByDescending(d => d.Sequence),
        "-toolId" => rows.OrderByDescending(d => d.ToolId).ThenByDescending(d => d.Sequence),
        "unit" => rows.OrderBy(d => d.Unit).ThenByDescending(d => d.Sequence),
        "-unit" => rows.OrderByDescending(d => d.Unit).ThenByDescending(d => d.Sequence),
        "author" => rows.OrderBy(d => d.UserName).ThenByDescending(d => d.Sequence),
        "-author" => rows.OrderByDescending(d => d.UserName).ThenByDescending(d => d.Sequence),
        "purpose" => rows.OrderBy(d => d.Purpose).ThenByDescending(d => d.Sequence),
        "-purpose" => rows.OrderByDescending(d => d.Purpose).ThenByDescending(d => d.Sequence),
        _ => throw ApiProblem.Validation("sort", "Tri attendu : createdAt, toolId, unit, author ou purpose, précédé de « - » pour l'ordre décroissant."),
    };

    private static DateTime AsUtc(DateTime t) => t.Kind == DateTimeKind.Local ? t.ToUniversalTime() : DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static DateTime PeriodStart(DateTime t, string granularity) => granularity == "quarter"
        ? new DateTime(t.Year, (t.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc)
        : new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    private static DateTime NextPeriod(DateTime p, string granularity) => p.AddMonths(granularity == "quarter" ? 3 : 1);

    private static string Label(DateTime p, string granularity) =>
        granularity == "quarter" ? $"{p.Year}-Q{(p.Month - 1) / 3 + 1}" : p.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static double? Rate(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    private static string YesNo(bool value) => value ? "oui" : "non";

    /// <summary>A CSV cell: quoted when needed, and a leading =, +, - or @ neutralised so no spreadsheet runs it as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
