namespace OfficeAiGuard.Api.Contracts;

/// <summary>
/// Filters of <c>GET /api/audit/declarations</c> (and .csv). <see cref="To"/> is inclusive of the whole day when it
/// has no time. Only the latest revision of each item's declaration is listed.
/// </summary>
public sealed record AuditQuery
{
    public DateTime? From { get; init; }
    public DateTime? To { get; init; }
    public string? ToolId { get; init; }
    public string? Unit { get; init; }
    public bool? ChecklistComplete { get; init; }
    public bool? NonConforming { get; init; }
    /// <summary>Only declarations whose item held findings of this category.</summary>
    public string? Category { get; init; }
    public string? Host { get; init; }
    /// <summary>Part of the author's name, case-insensitive.</summary>
    public string? Author { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
    /// <summary>createdAt, toolId, unit, author or purpose; prefix "-" for descending. Default "-createdAt".</summary>
    public string? Sort { get; init; }

    /// <summary>An end date without time means the end of that day.</summary>
    public static DateTime? EndOf(DateTime? to) => to is { TimeOfDay.Ticks: 0 } day ? day.AddDays(1) : to;
}

public sealed record DeclarationPage(IReadOnlyList<DeclarationResponse> Items, int Page, int PageSize, int Total);

/// <summary>Indicators of <c>GET /api/audit/indicators</c> over [from, to), per period and in total.</summary>
public sealed record IndicatorsResponse(
    DateTime From,
    DateTime To,
    string Granularity,
    string? Unit,
    IndicatorTotals Totals,
    IReadOnlyList<PeriodIndicators> Periods,
    IReadOnlyList<ToolUses> UsesByTool,
    IReadOnlyList<UnitUses> UsesByUnit,
    IReadOnlyDictionary<string, int> UsesByPurpose,
    IReadOnlyDictionary<string, int> FindingsByCategory,
    IReadOnlyDictionary<string, int> NonConformitiesByKind,
    IReadOnlyDictionary<string, int> IncidentsByStatus,
    IReadOnlyDictionary<string, int> IncidentsByKind);

public sealed record IndicatorTotals(int Uses, int ApprovedUses, double? ApprovedShare, int ChecklistComplete, double? ChecklistCompletionRate,
    int MentionInserted, int NonConformities, int Incidents);

public sealed record PeriodIndicators(string Period, DateTime Start, DateTime End, int Uses, int ApprovedUses, double? ApprovedShare,
    int ChecklistComplete, double? ChecklistCompletionRate, int NonConformities, int Incidents);

public sealed record ToolUses(string ToolId, string? ToolName, bool Approved, bool? Sovereign, int Uses);

public sealed record UnitUses(string Unit, int Uses);
