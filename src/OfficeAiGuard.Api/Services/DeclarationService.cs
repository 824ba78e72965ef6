using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Contracts;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// Records declared AI uses: validated against the tenant's current charter, idempotent per item key (the same
/// declaration again returns the stored record; a changed one appends a new revision), append-only and
/// hash-chained per tenant.
/// </summary>
public sealed class DeclarationService(AppDb db, CharterService charters, TimeProvider clock, ILogger<DeclarationService> logger)
{
    public const int MaxItemKeyLength = 512;
    public const int MaxChoiceLength = 64;
    public const int MaxCount = 100_000;
    public static readonly string[] Hosts = ["outlook", "word"];

    private sealed record Input(string ItemKey, string Host, string ToolId, string Purpose, string Extent, bool MentionInserted,
        SortedDictionary<string, bool> Checklist, SortedDictionary<string, int> Findings, int PolicyVersion);

    /// <summary>Stores the declaration, or returns the identical one already stored (<c>Created</c> false).</summary>
    public async Task<(DeclarationResponse Record, bool Created)> DeclareAsync(Caller caller, DeclarationRequest request,
        CancellationToken ct = default, DateTime? at = null)
    {
        var input = Validate(request);
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        if (input.PolicyVersion != policy.Version)
            throw ApiProblem.Conflict("La charte a changé.",
                $"La déclaration a été préparée avec la version {input.PolicyVersion} de la charte ; la version en vigueur est la {policy.Version}. Rechargez la charte et refaites la vérification.",
                new Dictionary<string, object?> { ["currentVersion"] = policy.Version });
        var tool = policy.FindTool(input.ToolId)
            ?? throw ApiProblem.Validation("toolId", $"L'outil « {input.ToolId} » ne figure pas dans la charte (version {policy.Version}).");
        var unknownItems = input.Checklist.Keys.Where(id => policy.Checklist.All(c => c.Id != id)).ToList();
        if (unknownItems.Count > 0)
            throw ApiProblem.Validation("checklist", $"Point de vérification inconnu de la charte : {string.Join(", ", unknownItems)}.");

        for (int attempt = 0; ; attempt++)
        {
            var latest = await db.Declarations.AsNoTracking().Include(d => d.Findings)
                .Where(d => d.TenantId == caller.TenantId && d.ItemKey == input.ItemKey)
                .OrderByDescending(d => d.Revision).FirstOrDefaultAsync(ct);
            if (latest is not null && SameDeclaration(latest, input, caller)) return (ToResponse(latest, policy), false);

            var last = await db.Declarations.AsNoTracking().Where(d => d.TenantId == caller.TenantId)
                .OrderByDescending(d => d.Sequence).Select(d => new { d.Sequence, d.Hash }).FirstOrDefaultAsync(ct);
            var row = NewRow(caller, input, policy, tool, latest?.Revision ?? 0, last?.Sequence ?? 0, last?.Hash ?? DeclarationChain.Genesis, at);
            db.Declarations.Add(row);
            try
            {
                await db.SaveChangesAsync(ct);
                logger.LogInformation("Declaration {DeclarationId} (revision {Revision}, tool {ToolId}) stored for tenant {TenantId}",
                    row.Id, row.Revision, row.ToolId, row.TenantId);
                return (ToResponse(row, policy), true);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // A concurrent declaration took this sequence or revision: look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>The caller's latest declaration of an item, or 404.</summary>
    public async Task<DeclarationResponse> OwnAsync(Caller caller, string itemKey, CancellationToken ct = default)
    {
        var row = await db.Declarations.AsNoTracking().Include(d => d.Findings)
            .Where(d => d.TenantId == caller.TenantId && d.ItemKey == itemKey && d.UserId == caller.UserId)
            .OrderByDescending(d => d.Revision).FirstOrDefaultAsync(ct) ?? throw ApiProblem.NotFound("La déclaration est");
        return ToResponse(row, await charters.CurrentAsync(caller.TenantId, ct));
    }

    /// <summary>The caller's latest declarations, newest first.</summary>
    public async Task<IReadOnlyList<DeclarationResponse>> OwnRecentAsync(Caller caller, int take, CancellationToken ct = default)
    {
        var rows = await db.Declarations.AsNoTracking().Include(d => d.Findings)
            .Where(d => d.TenantId == caller.TenantId && d.UserId == caller.UserId)
            .OrderByDescending(d => d.Sequence).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        var policy = await charters.CurrentAsync(caller.TenantId, ct);
        return rows.Select(r => ToResponse(r, policy)).ToList();
    }

    public static DeclarationResponse ToResponse(DeclarationRow row, CharterPolicy? policy) => new(
        row.Id, row.ItemKey, row.Revision, row.Host, row.ToolId, policy?.FindTool(row.ToolId)?.Name, row.ToolApproved,
        row.Purpose, row.Extent, row.MentionInserted,
        JsonSerializer.Deserialize<Dictionary<string, bool>>(row.ChecklistJson) ?? [], row.ChecklistComplete,
        row.Findings.OrderBy(f => f.Category, StringComparer.Ordinal).ToDictionary(f => f.Category, f => f.Count),
        row.PolicyVersion, row.UserId, row.UserName, row.Unit, row.CreatedAt,
        row.NonConformities.Split(',', StringSplitOptions.RemoveEmptyEntries), row.Sequence, row.PreviousHash, row.Hash);

    private DeclarationRow NewRow(Caller caller, Input input, CharterPolicy policy, AiTool tool, int lastRevision, long lastSequence,
        string previousHash, DateTime? at)
    {
        var id = Guid.NewGuid();
        var row = new DeclarationRow
        {
            Id = id,
            TenantId = caller.TenantId,
            Sequence = lastSequence + 1,
            ItemKey = input.ItemKey,
            Revision = lastRevision + 1,
            Host = input.Host,
            ToolId = tool.Id,
            ToolApproved = tool.Approved,
            Purpose = input.Purpose,
            Extent = input.Extent,
            MentionInserted = input.MentionInserted,
            ChecklistJson = JsonSerializer.Serialize(input.Checklist),
            ChecklistComplete = CharterEvaluator.IsChecklistComplete(policy, input.Checklist),
            FindingsTotal = input.Findings.Values.Sum(),
            NonConformities = string.Join(',', CharterEvaluator.NonConformitiesOf(policy, tool.Id, input.Checklist, input.MentionInserted)),
            PolicyVersion = policy.Version,
            UserId = caller.UserId,
            UserName = caller.Name,
            Unit = caller.Unit,
            CreatedAt = DeclarationChain.Truncate(at ?? clock.GetUtcNow().UtcDateTime),
            PreviousHash = previousHash,
            Hash = "",
            Findings = input.Findings.Select(f => new DeclarationFindingRow { DeclarationId = id, Category = f.Key, Count = f.Value }).ToList(),
        };
        row.Hash = DeclarationChain.HashOf(row);
        return row;
    }

    private static bool SameDeclaration(DeclarationRow row, Input input, Caller caller) =>
        row.UserId == caller.UserId && row.Host == input.Host && row.ToolId == input.ToolId && row.Purpose == input.Purpose
        && row.Extent == input.Extent && row.MentionInserted == input.MentionInserted && row.PolicyVersion == input.PolicyVersion
        && row.ChecklistJson == JsonSerializer.Serialize(input.Checklist)
        && DeclarationChain.FindingsText(row.Findings) == DeclarationChain.FindingsText(
            input.Findings.Select(f => new DeclarationFindingRow { Category = f.Key, Count = f.Value }));

    private static Input Validate(DeclarationRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        void Error(string field, string message) => errors[field] = [message];
        string Required(string field, string? value, int max, string label)
        {
            if (string.IsNullOrWhiteSpace(value)) Error(field, $"{label} est obligatoire.");
            else if (value.Trim().Length > max) Error(field, $"{label} dépasse {max} caractères.");
            return value?.Trim() ?? "";
        }
        string itemKey = Required("itemKey", r.ItemKey, MaxItemKeyLength, "L'identifiant de l'élément (itemKey)");
        string host = Required("host", r.Host, MaxChoiceLength, "L'application (host)").ToLowerInvariant();
        if (host.Length > 0 && !Hosts.Contains(host)) Error("host", "L'application doit être « outlook » ou « word ».");
        string toolId = Required("toolId", r.ToolId, MaxChoiceLength, "L'outil d'IA (toolId)");
        string purpose = Required("purpose", r.Purpose, MaxChoiceLength, "L'usage (purpose)");
        string extent = Required("extent", r.Extent, MaxChoiceLength, "L'ampleur de l'usage (extent)");
        if (r.MentionInserted is null) Error("mentionInserted", "Indiquez si la mention a été insérée (mentionInserted).");
        if (r.PolicyVersion is null) Error("policyVersion", "La version de la charte (policyVersion) est obligatoire.");
        var findings = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (category, count) in r.Findings ?? [])
        {
            if (!Categories.IsKnown(category)) Error("findings", $"Catégorie inconnue : {category}.");
            else if (count is < 0 or > MaxCount) Error("findings", $"Le nombre de « {category} » doit être compris entre 0 et {MaxCount}.");
            else if (count > 0) findings[category] = count;
        }
        if (errors.Count > 0) throw ApiProblem.Validation(errors);
        return new Input(itemKey, host, toolId, purpose, extent, r.MentionInserted!.Value,
            new SortedDictionary<string, bool>(r.Checklist ?? [], StringComparer.Ordinal), findings, r.PolicyVersion!.Value);
    }
}
