namespace OfficeAiGuard.Api.Contracts;

/// <summary>Body of <c>POST /api/incidents</c>. <see cref="Kind"/>: bias, discrimination, error or data_leak.</summary>
/// <remarks>Its string form (what a log of action arguments prints) leaves the description out.</remarks>
public sealed record IncidentRequest(string? Kind, string? Description, string? ToolId, string? ItemKey)
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind).Append(", Description = <").Append(Description?.Length ?? 0)
            .Append(" characters>, ToolId = ").Append(ToolId).Append(", ItemKey = ").Append(ItemKey);
        return true;
    }
}

/// <summary>Body of <c>PATCH /api/incidents/{id}</c>. <see cref="Status"/>: nouveau, en_cours or clos.</summary>
public sealed record IncidentStatusRequest(string? Status);

public sealed record IncidentContact(string Role, string Name, string Email);

public sealed record IncidentResponse(
    Guid Id,
    string Kind,
    string Description,
    string? ToolId,
    string? ItemKey,
    string ReporterId,
    string ReporterName,
    string Unit,
    string Status,
    IReadOnlyList<IncidentContact> RoutedTo,
    DateTime CreatedAt,
    DateTime? UpdatedAt,
    string? UpdatedBy);

public static class IncidentStatuses
{
    public const string New = "nouveau";
    public const string InProgress = "en_cours";
    public const string Closed = "clos";
    public static readonly string[] All = [New, InProgress, Closed];
}
