using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Api.Services;

/// <summary>Runs the detection engine on a draft and turns its findings into a verdict.</summary>
public sealed class ScanService(AnalyzerEngine engine)
{
    public ScanResponse Scan(string text, string destination)
    {
        var findings = engine.Analyze(text)
            .Select(f => new FindingResponse(f.Category, f.Start, f.End, f.Confidence.ToString().ToLowerInvariant(),
                f.Recognizer, f.Evidence, f.Explanation, Severity: f.Category == Categories.OrgId ? "info" : "warn", Clause: null))
            .ToList();
        string verdict = findings.Any(f => f.Severity == "block") ? "block" : findings.Any(f => f.Severity == "warn") ? "warn" : "ok";
        return new ScanResponse(verdict, findings);
    }
}
