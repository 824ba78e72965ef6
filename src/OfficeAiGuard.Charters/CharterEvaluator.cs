namespace OfficeAiGuard.Charters;

/// <summary>Where a text is going: out by mail ("send") or into an AI tool ("tool:&lt;id&gt;").</summary>
public sealed record Destination(string? ToolId)
{
    public const string SendValue = "send";
    public const string ToolPrefix = "tool:";

    public static readonly Destination Send = new((string?)null);

    public bool IsSend => ToolId is null;

    public override string ToString() => IsSend ? SendValue : ToolPrefix + ToolId;

    /// <summary>Parses "send" or "tool:&lt;id&gt;"; null when the value is neither.</summary>
    public static Destination? TryParse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value == SendValue) return Send;
        if (value.StartsWith(ToolPrefix, StringComparison.Ordinal) && value.Length > ToolPrefix.Length)
            return new Destination(value[ToolPrefix.Length..]);
        return null;
    }
}

/// <summary>What the charter says about one finding category for one destination.</summary>
public sealed record Judgement(string Severity, string? Clause);

/// <summary>The charter's answer for a whole text: the verdict and, when the tool is not approved, why.</summary>
public sealed record Assessment(string Verdict, IReadOnlyList<Judgement> Findings, Judgement? ToolNotice);

/// <summary>Non-conformity codes of a declared AI use, as counted by the audit indicators.</summary>
public static class NonConformities
{
    public const string ToolNotApproved = "tool_not_approved";
    public const string ChecklistIncomplete = "checklist_incomplete";
    public const string MentionMissing = "mention_missing";
    public static readonly string[] All = [ToolNotApproved, ChecklistIncomplete, MentionMissing];
}

/// <summary>Applies a charter policy to findings: severity per finding, verdict, the clause quoted.</summary>
public static class CharterEvaluator
{
    /// <summary>
    /// The charter's judgement of one finding category for a destination. For a tool, a category whose data
    /// class the tool may not receive gets <see cref="ToolRule.Forbidden"/>; a category of no class is "info".
    /// The destination's tool must exist in the policy (check with <see cref="CharterPolicy.FindTool"/>).
    /// </summary>
    public static Judgement Judge(CharterPolicy policy, Destination destination, string category)
    {
        if (destination.IsSend)
        {
            var send = policy.Rules.Send;
            if (send.Block.Contains(category)) return new Judgement(Severities.Block, send.Clause);
            if (send.Warn.Contains(category)) return new Judgement(Severities.Warn, send.Clause);
            return new Judgement(Severities.Info, null);
        }
        var tool = policy.FindTool(destination.ToolId!) ?? throw new ArgumentException($"Unknown tool '{destination.ToolId}'.", nameof(destination));
        var dataClass = policy.DataClasses.FirstOrDefault(c => c.Categories.Contains(category));
        if (dataClass is null) return new Judgement(Severities.Info, null);
        var rule = policy.Rules.Tool;
        return tool.DataClasses.Contains(dataClass.Id)
            ? new Judgement(rule.Allowed, rule.Allowed == Severities.Info ? null : dataClass.Clause ?? rule.Clause)
            : new Judgement(rule.Forbidden, dataClass.Clause ?? rule.Clause);
    }

    /// <summary>Judges every finding (by category, in order) and gives the verdict: block, warn or ok.</summary>
    public static Assessment Assess(CharterPolicy policy, Destination destination, IEnumerable<string> categories)
    {
        var judgements = categories.Select(c => Judge(policy, destination, c)).ToList();
        Judgement? notice = null;
        if (!destination.IsSend && policy.FindTool(destination.ToolId!) is { Approved: false })
            notice = new Judgement(policy.Rules.Tool.NotApprovedTool, policy.Rules.Tool.NotApprovedClause ?? policy.Rules.Tool.Clause);
        int worst = judgements.Append(notice ?? new Judgement(Severities.Info, null)).Max(j => Severities.Rank(j.Severity));
        string verdict = worst switch { 2 => Verdicts.Block, 1 => Verdicts.Warn, _ => Verdicts.Ok };
        return new Assessment(verdict, judgements, notice);
    }

    /// <summary>
    /// The charter's non-conformities of a declared AI use: a tool not approved, a checklist item not ticked,
    /// no mention. (The declared findings describe the item, not what the tool received — often a
    /// pseudonymised copy — so they are not a non-conformity by themselves.)
    /// </summary>
    public static IReadOnlyList<string> NonConformitiesOf(CharterPolicy policy, string toolId, IReadOnlyDictionary<string, bool> checklist,
        bool mentionInserted)
    {
        var codes = new List<string>();
        var tool = policy.FindTool(toolId);
        if (tool is not { Approved: true }) codes.Add(NonConformities.ToolNotApproved);
        if (!IsChecklistComplete(policy, checklist)) codes.Add(NonConformities.ChecklistIncomplete);
        if (!mentionInserted) codes.Add(NonConformities.MentionMissing);
        return codes;
    }

    public static bool IsChecklistComplete(CharterPolicy policy, IReadOnlyDictionary<string, bool> checklist) =>
        policy.Checklist.All(item => checklist.TryGetValue(item.Id, out bool ticked) && ticked);
}
