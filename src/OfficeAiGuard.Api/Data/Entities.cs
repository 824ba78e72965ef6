namespace OfficeAiGuard.Api.Data;

// Stored rows. None holds draft text or detected values: categories, counts, hashes, ids and the
// agent's own choices only. Times are UTC.

/// <summary>One published version of a tenant's charter policy (immutable once written).</summary>
public sealed class CharterPolicyRow
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public int Version { get; set; }
    public string? PresetId { get; set; }
    public required string PolicyJson { get; set; }
    public required string Sha256 { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
}

/// <summary>
/// One declared AI use (a revision of the declaration of an item). Append-only: rows are never updated;
/// <see cref="Hash"/> covers the row and <see cref="PreviousHash"/>, chaining a tenant's rows by <see cref="Sequence"/>.
/// </summary>
public sealed class DeclarationRow
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public long Sequence { get; set; }
    public required string ItemKey { get; set; }
    public int Revision { get; set; }
    public required string Host { get; set; }
    public required string ToolId { get; set; }
    public bool ToolApproved { get; set; }
    public required string Purpose { get; set; }
    public required string Extent { get; set; }
    public bool MentionInserted { get; set; }
    /// <summary>Checklist state as JSON {"itemId":true}.</summary>
    public required string ChecklistJson { get; set; }
    public bool ChecklistComplete { get; set; }
    public int FindingsTotal { get; set; }
    /// <summary>Non-conformity codes, comma-separated (empty when conforming).</summary>
    public required string NonConformities { get; set; }
    public int PolicyVersion { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    /// <summary>Organisational unit path of the author, e.g. "dgs/solidarites/ccas" ("" when unknown).</summary>
    public required string Unit { get; set; }
    public DateTime CreatedAt { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
    public List<DeclarationFindingRow> Findings { get; set; } = [];
}

/// <summary>How many findings of one category the declared item held when declared (never the values).</summary>
public sealed class DeclarationFindingRow
{
    public Guid DeclarationId { get; set; }
    public required string Category { get; set; }
    public int Count { get; set; }
}

/// <summary>An incident reported by an agent (bias, discrimination, error, data leak), routed to charter contacts.</summary>
public sealed class IncidentRow
{
    public Guid Id { get; set; }
    public required string TenantId { get; set; }
    public required string Kind { get; set; }
    /// <summary>The agent's own words, with any detected sensitive value replaced by its category.</summary>
    public required string Description { get; set; }
    public string? ToolId { get; set; }
    public string? ItemKey { get; set; }
    public required string ReporterId { get; set; }
    public required string ReporterName { get; set; }
    public required string Unit { get; set; }
    /// <summary>Contacts the incident was routed to, as JSON [{"role","name","email"}].</summary>
    public required string RoutedTo { get; set; }
    public required string Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
