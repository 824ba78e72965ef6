using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Charters;

namespace OfficeAiGuard.Api.Services;

/// <summary>
/// A tenant's versioned charter policy. A tenant without one gets the configured default preset as version 1,
/// stored on first use, so every declaration names a stored version. Published versions are immutable,
/// so their parsed form is cached per process (the current version number is always read from the store).
/// </summary>
public sealed class CharterService(AppDb db, IOptions<CharterOptions> options, TimeProvider clock, ILogger<CharterService> logger)
{
    private static readonly ConcurrentDictionary<(string Tenant, int Version, string Sha), CharterPolicy> Parsed = new();

    public async Task<CharterPolicy> CurrentAsync(string tenantId, CancellationToken ct = default)
    {
        var row = await LatestRowAsync(tenantId, ct) ?? await CreateDefaultAsync(tenantId, ct);
        return Parse(row);
    }

    public async Task<CharterPolicy?> VersionAsync(string tenantId, int version, CancellationToken ct = default)
    {
        var row = await db.CharterPolicies.AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == tenantId && p.Version == version, ct);
        return row is null ? null : Parse(row);
    }

    public async Task<IReadOnlyList<CharterVersionInfo>> VersionsAsync(string tenantId, CancellationToken ct = default)
    {
        await CurrentAsync(tenantId, ct);
        return await db.CharterPolicies.AsNoTracking().Where(p => p.TenantId == tenantId).OrderByDescending(p => p.Version)
            .Select(p => new CharterVersionInfo(p.Version, p.PresetId, p.PublishedAt, p.PublishedBy, p.Sha256)).ToListAsync(ct);
    }

    /// <summary>
    /// Publishes a new version. <paramref name="basedOnVersion"/>, when given, must be the current version (else 409),
    /// so two administrators editing at once cannot overwrite each other.
    /// </summary>
    public async Task<CharterPolicy> PublishAsync(string tenantId, CharterPolicy policy, int? basedOnVersion, string publishedBy, CancellationToken ct = default)
    {
        var errors = CharterValidator.Validate(policy);
        if (errors.Count > 0) throw ApiProblem.Validation(ToErrorDictionary(errors));
        var current = await CurrentAsync(tenantId, ct);
        if (basedOnVersion is not null && basedOnVersion != current.Version)
            throw ApiProblem.Conflict("La charte a changé entre-temps.",
                $"La version {current.Version} a été publiée depuis la version {basedOnVersion} que vous modifiez.",
                new Dictionary<string, object?> { ["currentVersion"] = current.Version });
        var row = NewRow(tenantId, policy with { Version = current.Version + 1 }, publishedBy);
        db.CharterPolicies.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw ApiProblem.Conflict("La charte a changé entre-temps.", "Une autre version vient d'être publiée : rechargez la charte.");
        }
        logger.LogInformation("Charter version {Version} published for tenant {TenantId}", row.Version, tenantId);
        return Parse(row);
    }

    public static IDictionary<string, string[]> ToErrorDictionary(IEnumerable<CharterError> errors) =>
        errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());

    private Task<CharterPolicyRow?> LatestRowAsync(string tenantId, CancellationToken ct) =>
        db.CharterPolicies.AsNoTracking().Where(p => p.TenantId == tenantId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(ct);

    private async Task<CharterPolicyRow> CreateDefaultAsync(string tenantId, CancellationToken ct)
    {
        string presetId = options.Value.TenantPresets.GetValueOrDefault(tenantId) ?? options.Value.DefaultPreset;
        var preset = CharterPresets.Find(presetId)
            ?? throw new InvalidOperationException($"Charter:DefaultPreset '{presetId}' is not a preset ({string.Join(", ", CharterPresets.Ids)}).");
        var row = NewRow(tenantId, preset with { Version = 1 }, "system");
        db.CharterPolicies.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Tenant {TenantId} starts with charter preset {PresetId}", tenantId, presetId);
            return row;
        }
        catch (DbUpdateException)
        {
            // Another request created it first: use theirs.
            db.Entry(row).State = EntityState.Detached;
            return await LatestRowAsync(tenantId, ct) ?? throw new InvalidOperationException("Charter policy vanished.");
        }
    }

    private CharterPolicyRow NewRow(string tenantId, CharterPolicy policy, string publishedBy)
    {
        string json = CharterJson.Serialize(policy);
        return new CharterPolicyRow
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            Version = policy.Version,
            PresetId = policy.PresetId,
            PolicyJson = json,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))),
            PublishedAt = clock.GetUtcNow().UtcDateTime,
            PublishedBy = publishedBy,
        };
    }

    private static CharterPolicy Parse(CharterPolicyRow row) =>
        Parsed.GetOrAdd((row.TenantId, row.Version, row.Sha256), _ => CharterJson.Deserialize(row.PolicyJson) with { Version = row.Version });
}

public sealed record CharterVersionInfo(int Version, string? PresetId, DateTime PublishedAt, string PublishedBy, string Sha256);
