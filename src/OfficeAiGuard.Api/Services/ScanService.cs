using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Api.Services;

/// <summary>Runs the detection engine on a draft and applies the tenant's charter: severity per finding, verdict, clause.</summary>
public sealed class ScanService(AnalyzerEngine engine, CharterService charters)
{
    public async Task<ScanResponse> ScanAsync(string tenantId, string text, string? destinationValue, CancellationToken ct = default)
    {
        var destination = Destination.TryParse(destinationValue)
            ?? throw ApiProblem.Validation("destination", "La destination doit être « send » ou « tool:<identifiant de l'outil> ».");
        var policy = await charters.CurrentAsync(tenantId, ct);
        var tool = destination.IsSend ? null : policy.FindTool(destination.ToolId!)
            ?? throw ApiProblem.Validation("destination", $"L'outil « {destination.ToolId} » ne figure pas dans la charte (version {policy.Version}).");
        var findings = engine.Analyze(text);
        var assessment = CharterEvaluator.Assess(policy, destination, findings.Select(f => f.Category));
        var response = findings.Zip(assessment.Findings, (f, j) => new FindingResponse(f.Category, f.Start, f.End,
            f.Confidence.ToString().ToLowerInvariant(), f.Recognizer, f.Evidence, f.Explanation, j.Severity, j.Clause)).ToList();
        var notice = assessment.ToolNotice is { } n
            ? new ScanNotice(n.Severity, $"L'outil « {tool!.Name} » n'est pas validé par la charte.", n.Clause)
            : null;
        return new ScanResponse(assessment.Verdict, response, policy.Version, destination.ToString(), notice);
    }
}
