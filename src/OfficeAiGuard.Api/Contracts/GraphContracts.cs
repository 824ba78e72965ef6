using OfficeAiGuard.Graph;

namespace OfficeAiGuard.Api.Contracts;

/// <summary>Body of <c>POST /api/admin/graph/provision-columns</c>: the Graph ids of the site and of its document library.</summary>
public sealed record ProvisionColumnsRequest(string? SiteId, string? ListId);

/// <summary>The provisioning's outcome: <c>status</c> (written, forbidden, notFound, throttled, failed…) and a French message.</summary>
public sealed record ProvisionColumnsResponse(string Status, string Message, bool Retryable, IReadOnlyList<string> Created,
    IReadOnlyList<string> AlreadyPresent)
{
    public static ProvisionColumnsResponse From(ColumnProvisioning result) => new(
        System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(result.Outcome.Status.ToString()), result.Outcome.Message,
        result.Outcome.Retryable, result.Created, result.AlreadyPresent);
}
