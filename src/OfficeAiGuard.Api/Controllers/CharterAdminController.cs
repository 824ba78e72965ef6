using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Charters;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Charter administration (Admin role): presets to start from, validation, publication of a new version.</summary>
[ApiController]
[Authorize(Policy = AuthSetup.AdminPolicy)]
[Route("api/admin/charter")]
public sealed class CharterAdminController(CharterService charters) : ControllerBase
{
    public sealed record PresetSummary(string Id, string Title, string Organisation);
    public sealed record ValidationResult(bool Valid, IReadOnlyList<CharterError> Errors);
    public sealed record PublishRequest(int? BasedOnVersion, CharterPolicy? Policy);

    [HttpGet("presets")]
    public IEnumerable<PresetSummary> Presets() =>
        CharterPresets.Ids.Select(id => CharterPresets.Get(id)).Select(p => new PresetSummary(p.PresetId!, p.Title, p.Organisation));

    [HttpGet("presets/{id}")]
    public CharterPolicy Preset(string id) => CharterPresets.Find(id) ?? throw ApiProblem.NotFound($"Le modèle de charte « {id} » est");

    /// <summary>Checks a policy without publishing it: 200 with the list of problems (empty when valid).</summary>
    [HttpPost("validate")]
    public ValidationResult Validate(CharterPolicy policy)
    {
        var errors = CharterValidator.Validate(policy);
        return new ValidationResult(errors.Count == 0, errors);
    }

    /// <summary>Publishes a new version (current + 1): 201 with the stored policy, 400 if invalid, 409 if <c>basedOnVersion</c> is stale.</summary>
    [HttpPost]
    public async Task<ActionResult<CharterPolicy>> Publish(PublishRequest request, CancellationToken ct)
    {
        if (request.Policy is null) throw ApiProblem.Validation("policy", "La charte à publier est obligatoire.");
        var caller = Caller.From(User);
        var published = await charters.PublishAsync(caller.TenantId, request.Policy, request.BasedOnVersion, caller.Name, ct);
        return Created($"/api/charter?version={published.Version}", published);
    }
}
