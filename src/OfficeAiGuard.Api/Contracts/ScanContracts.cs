namespace OfficeAiGuard.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/scan</c>. <see cref="Destination"/> is "send" or "tool:&lt;id&gt;".
/// Its string form (what a log of action arguments prints) shows the text's length, never the text.
/// </summary>
public sealed record ScanRequest(string? Text, string? Destination)
{
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Text = <").Append(Text?.Length ?? 0).Append(" characters>, Destination = ").Append(Destination);
        return true;
    }
}

/// <summary>
/// The charter's answer: <see cref="Verdict"/> ok/warn/block, each finding with its severity and clause, the
/// policy version applied, and a <see cref="Notice"/> when the destination tool itself is not approved.
/// </summary>
public sealed record ScanResponse(string Verdict, IReadOnlyList<FindingResponse> Findings, int PolicyVersion, string Destination, ScanNotice? Notice);

/// <summary>One finding on the wire: where it is, what it is and why it matters — never its value.</summary>
public sealed record FindingResponse(
    string Category,
    int Start,
    int End,
    string Confidence,
    string Recognizer,
    IReadOnlyList<string> Evidence,
    string Explanation,
    string Severity,
    string? Clause);

/// <summary>A verdict reason that is not a finding (e.g. the tool is not approved by the charter).</summary>
public sealed record ScanNotice(string Severity, string Message, string? Clause);
