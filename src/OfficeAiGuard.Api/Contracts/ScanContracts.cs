namespace OfficeAiGuard.Api.Contracts;

/// <summary>Body of <c>POST /api/scan</c>. <see cref="Destination"/> is "send" or "tool:&lt;id&gt;".</summary>
public sealed record ScanRequest(string? Text, string? Destination);

public sealed record ScanResponse(string Verdict, IReadOnlyList<FindingResponse> Findings);

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
