namespace OfficeAiGuard.Charters;

/// <summary>
/// An organisation's AI charter as configuration: what the add-in enforces and what the audit measures.
/// Serialised as camelCase JSON (<see cref="CharterJson"/>); the five presets are such files.
/// </summary>
public sealed record CharterPolicy
{
    /// <summary>Version number within the tenant, set by the server when a policy is published (0 for a preset).</summary>
    public int Version { get; init; }

    /// <summary>The preset this policy started from, if any (e.g. "rumilly-ccas").</summary>
    public string? PresetId { get; init; }

    /// <summary>Title of the charter as the organisation names it.</summary>
    public string Title { get; init; } = "";

    /// <summary>Organisation that adopted the charter.</summary>
    public string Organisation { get; init; } = "";

    public MentionRule Mention { get; init; } = new();

    /// <summary>Data classes (personal, sensitive…) and the finding categories each covers.</summary>
    public List<DataClass> DataClasses { get; init; } = [];

    /// <summary>AI tools known to the organisation; only <see cref="AiTool.Approved"/> ones are cleared.</summary>
    public List<AiTool> Tools { get; init; } = [];

    /// <summary>Items the agent ticks before an AI-assisted text leaves.</summary>
    public List<ChecklistItem> Checklist { get; init; } = [];

    public DestinationRules Rules { get; init; } = new();

    /// <summary>How the Outlook send gate stops a non-conforming mail: "softBlock" or "block".</summary>
    public string SendMode { get; init; } = SendModes.SoftBlock;

    public Contacts Contacts { get; init; } = new();

    /// <summary>Who receives each incident kind: kind → contact roles ("dpo", "rssi", "mediateur").</summary>
    public Dictionary<string, List<string>> IncidentRouting { get; init; } = [];

    public TrainingRequirement Training { get; init; } = new();

    /// <summary>Purposes the agent picks from when declaring an AI use (rédaction, reformulation…).</summary>
    public List<Choice> Purposes { get; init; } = [];

    /// <summary>Extents the agent picks from (how much of the content comes from the AI).</summary>
    public List<Choice> Extents { get; init; } = [];

    /// <summary>Other principles of the charter, shown to the agent as reminders.</summary>
    public List<Reminder> Reminders { get; init; } = [];

    public AiTool? FindTool(string id) => Tools.FirstOrDefault(t => t.Id == id);
}

public sealed record MentionRule
{
    /// <summary>The mention inserted in AI-assisted content, e.g. « contenu généré avec l'aide de l'IA ».</summary>
    public string Text { get; init; } = "";

    /// <summary>"top" or "bottom" of the mail or document.</summary>
    public string Position { get; init; } = MentionPositions.Bottom;

    public string? Clause { get; init; }
}

public sealed record DataClass
{
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";

    /// <summary>Finding categories (TAXONOMY.md ids) of this class; a category belongs to one class at most.</summary>
    public List<string> Categories { get; init; } = [];

    /// <summary>The charter's words on this data, quoted when a finding of the class is refused.</summary>
    public string? Clause { get; init; }
}

public sealed record AiTool
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string Vendor { get; init; } = "";

    /// <summary>Where it runs: "internal", "france", "eu", "outside-eu".</summary>
    public string Hosting { get; init; } = "";

    public bool Sovereign { get; init; }

    /// <summary>Cleared by the organisation (false: known but not approved, declared uses count as non-conformities).</summary>
    public bool Approved { get; init; }

    /// <summary>Data classes the tool may receive ("public" always implied).</summary>
    public List<string> DataClasses { get; init; } = [];

    /// <summary>Optional trust score 0–100 (Reims' approval grid).</summary>
    public int? TrustScore { get; init; }

    public string? Notes { get; init; }
}

public sealed record ChecklistItem
{
    public string Id { get; init; } = "";
    public string Text { get; init; } = "";
    public string? Clause { get; init; }
}

public sealed record DestinationRules
{
    /// <summary>Rules for a mail leaving by "send".</summary>
    public SendRule Send { get; init; } = new();

    /// <summary>Rules for pasting into an AI tool ("tool:&lt;id&gt;").</summary>
    public ToolRule Tool { get; init; } = new();
}

public sealed record SendRule
{
    public List<string> Block { get; init; } = [];
    public List<string> Warn { get; init; } = [];
    public string? Clause { get; init; }
}

public sealed record ToolRule
{
    /// <summary>Severity of a finding whose data class the tool may not receive: "block" or "warn".</summary>
    public string Forbidden { get; init; } = Severities.Block;

    /// <summary>Severity of a finding whose data class the tool may receive: "info" or "warn".</summary>
    public string Allowed { get; init; } = Severities.Info;

    /// <summary>Severity added when the tool itself is not approved: "warn" or "block".</summary>
    public string NotApprovedTool { get; init; } = Severities.Warn;

    public string? Clause { get; init; }
    public string? NotApprovedClause { get; init; }
}

public sealed record Contacts
{
    public Contact? Dpo { get; init; }
    public Contact? Rssi { get; init; }
    public Contact? Mediateur { get; init; }

    public Contact? ForRole(string role) => role switch
    {
        ContactRoles.Dpo => Dpo,
        ContactRoles.Rssi => Rssi,
        ContactRoles.Mediateur => Mediateur,
        _ => null,
    };
}

public sealed record Contact
{
    public string Name { get; init; } = "";
    public string Email { get; init; } = "";
}

public sealed record TrainingRequirement
{
    public bool Required { get; init; }
    public string? Text { get; init; }
    public string? Clause { get; init; }
}

public sealed record Choice
{
    public string Id { get; init; } = "";
    public string Label { get; init; } = "";
}

public sealed record Reminder
{
    public string Text { get; init; } = "";
    public string? Clause { get; init; }
}

public static class Severities
{
    public const string Info = "info";
    public const string Warn = "warn";
    public const string Block = "block";

    public static int Rank(string severity) => severity switch { Block => 2, Warn => 1, _ => 0 };
}

public static class Verdicts
{
    public const string Ok = "ok";
    public const string Warn = "warn";
    public const string Block = "block";
}

public static class SendModes
{
    public const string SoftBlock = "softBlock";
    public const string Block = "block";
}

public static class MentionPositions
{
    public const string Top = "top";
    public const string Bottom = "bottom";
}

public static class ContactRoles
{
    public const string Dpo = "dpo";
    public const string Rssi = "rssi";
    public const string Mediateur = "mediateur";
    public static readonly string[] All = [Dpo, Rssi, Mediateur];
}

public static class IncidentKinds
{
    public const string Bias = "bias";
    public const string Discrimination = "discrimination";
    public const string Error = "error";
    public const string DataLeak = "data_leak";
    public static readonly string[] All = [Bias, Discrimination, Error, DataLeak];
}
