using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Pseudonymization;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>
/// Prepares a draft for an AI tool (sensitive values replaced by stable placeholders) and restores the tool's
/// answer. Stateless: the mapping goes back to the caller and is never stored nor logged here.
/// </summary>
[ApiController]
[Authorize]
[Route("api")]
public sealed class PseudonymizationController(AnalyzerEngine engine) : ControllerBase
{
    private const int MaxMappingEntries = 10_000;

    [HttpPost("pseudonymize")]
    public PseudonymizeResponse Pseudonymize(PseudonymizeRequest request)
    {
        string text = DraftText.Require(request.Text);
        var result = Pseudonymizer.Pseudonymize(text, engine.Analyze(text));
        return new PseudonymizeResponse(result.Text, result.Mapping.Entries);
    }

    [HttpPost("restore")]
    public RestoreResponse Restore(RestoreRequest request)
    {
        string text = DraftText.Require(request.Text);
        var mapping = request.Mapping ?? throw ApiProblem.Validation("mapping", "La table de correspondance est obligatoire.");
        if (mapping.Count > MaxMappingEntries)
            throw ApiProblem.Validation("mapping", $"La table de correspondance dépasse {MaxMappingEntries} entrées.");
        if (mapping.Any(e => string.IsNullOrWhiteSpace(e?.Placeholder) || e.Value is null))
            throw ApiProblem.Validation("mapping", "Chaque entrée doit avoir un « placeholder » et une « value ».");
        return new RestoreResponse(Pseudonymizer.Restore(text, new PseudonymMapping(mapping)));
    }
}
