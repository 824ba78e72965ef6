namespace OfficeAiGuard.Api.Services;

/// <summary>Configuration section "Charter".</summary>
public sealed class CharterOptions
{
    public const string Section = "Charter";

    /// <summary>Preset given to a tenant that has not published a policy yet (its version 1).</summary>
    public string DefaultPreset { get; set; } = OfficeAiGuard.Charters.CharterPresets.RumillyCcas;

    /// <summary>Per-tenant preset overrides for that first version: tenant id → preset id.</summary>
    public Dictionary<string, string> TenantPresets { get; set; } = [];
}
