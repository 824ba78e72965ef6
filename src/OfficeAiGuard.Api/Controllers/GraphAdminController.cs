using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Graph;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Microsoft Graph administration (Admin role): creating the AI-use columns on a document library.</summary>
[ApiController]
[Authorize(Policy = AuthSetup.AdminPolicy)]
[Route("api/admin/graph")]
public sealed class GraphAdminController(IAiUseRecordWriter writer) : ControllerBase
{
    /// <summary>
    /// Creates the missing AI-use columns (indexed where useful) on the library, on behalf of the administrator
    /// (delegated Sites.Manage.All): 200 with the outcome; 503 when the Graph writer is off.
    /// </summary>
    [HttpPost("provision-columns")]
    public async Task<ProvisionColumnsResponse> ProvisionColumns(ProvisionColumnsRequest request, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        GraphTargets.ValidateId("siteId", request.SiteId, "L'identifiant du site (siteId)", (f, m) => errors[f] = [m]);
        GraphTargets.ValidateId("listId", request.ListId, "L'identifiant de la bibliothèque (listId)", (f, m) => errors[f] = [m]);
        if (errors.Count > 0) throw ApiProblem.Validation(errors);
        if (!writer.Status.Enabled)
            throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "L'écriture Microsoft Graph est désactivée.", writer.Status.Reason);
        var result = await writer.ProvisionColumnsAsync(BearerToken.From(Request), request.SiteId!, request.ListId!, ct);
        return ProvisionColumnsResponse.From(result);
    }
}
