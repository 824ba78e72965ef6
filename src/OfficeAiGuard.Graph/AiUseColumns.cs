using System.Globalization;
using Microsoft.Graph.Models;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Graph;

/// <summary>
/// The SharePoint library columns that carry the AI-use record of a file (internal names). The indexed
/// ones keep audit filters under the 5,000-item list view threshold.
/// </summary>
public static class AiUseColumns
{
    public const string Tool = "AiTool";
    public const string Purpose = "AiPurpose";
    public const string Mode = "AiMode";
    public const string Date = "AiDate";
    public const string Reviewer = "AiReviewer";
    public const string Policy = "AiPolicy";
    public const string Checklist = "AiChecklist";
    public const string Mention = "AiMention";
    public const string FindingsTotal = "AiFindingsTotal";
    public const string Findings = "AiFindings";

    /// <summary>Every column, in provisioning order, with the French display name shown in the library.</summary>
    public static IReadOnlyList<ColumnDefinition> Definitions() =>
    [
        Text(Tool, "IA : outil", indexed: true),
        Text(Purpose, "IA : finalité", indexed: false),
        Text(Mode, "IA : usage", indexed: false),
        new() { Name = Date, DisplayName = "IA : date de déclaration", Indexed = true, DateTime = new DateTimeColumn { Format = "dateTime" } },
        Text(Reviewer, "IA : relecteur (id)", indexed: false),
        Text(Policy, "IA : version de la charte", indexed: false),
        new() { Name = Checklist, DisplayName = "IA : vérifications faites", Indexed = true, Boolean = new BooleanColumn() },
        new() { Name = Mention, DisplayName = "IA : mention insérée", Indexed = false, Boolean = new BooleanColumn() },
        new() { Name = FindingsTotal, DisplayName = "IA : données sensibles (nombre)", Indexed = true, Number = new NumberColumn { DecimalPlaces = "none", Minimum = 0 } },
        new() { Name = Findings, DisplayName = "IA : données sensibles par catégorie", Indexed = false, Text = new TextColumn { AllowMultipleLines = true } },
    ];

    public static IReadOnlyList<string> Names { get; } = Definitions().Select(c => c.Name!).ToList();

    /// <summary>The listItem field values for a record (counts only, never values).</summary>
    public static Dictionary<string, object> Fields(AiUseRecord record)
    {
        var fields = new Dictionary<string, object>
        {
            [Tool] = record.Tool,
            [Purpose] = record.Purpose,
            [Mode] = record.Mode,
            [Date] = record.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [Checklist] = record.ChecklistComplete,
            [Mention] = record.MentionInserted,
            [FindingsTotal] = record.FindingsTotal,
            [Findings] = FindingsSummary(record),
        };
        if (record.ReviewerId is not null) fields[Reviewer] = record.ReviewerId;
        if (record.PolicyVersion is not null) fields[Policy] = record.PolicyVersion;
        return fields;
    }

    /// <summary><c>EMAIL=2;NIR=1</c>, categories in ordinal order, zero counts left out.</summary>
    public static string FindingsSummary(AiUseRecord record) =>
        string.Join(';', record.FindingCounts.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));

    private static ColumnDefinition Text(string name, string displayName, bool indexed) =>
        new() { Name = name, DisplayName = displayName, Indexed = indexed, Text = new TextColumn { MaxLength = 255 } };
}
