using System.Reflection;

namespace OfficeAiGuard.Charters;

/// <summary>
/// The five presets shipped with the product, one JSON file each (Presets/*.json, embedded), matching the
/// charters it was designed from. An administrator starts from one and publishes their own version.
/// </summary>
public static class CharterPresets
{
    public const string RumillyCcas = "rumilly-ccas";
    public const string SeteAgglo = "sete-agglo";
    public const string AlpesDeHauteProvence = "alpes-de-haute-provence";
    public const string Reims = "reims";
    public const string Isere = "isere";

    public static readonly IReadOnlyList<string> Ids = [RumillyCcas, SeteAgglo, AlpesDeHauteProvence, Reims, Isere];

    private static readonly Lazy<IReadOnlyDictionary<string, CharterPolicy>> Loaded = new(LoadAll);

    public static IReadOnlyDictionary<string, CharterPolicy> All => Loaded.Value;

    public static CharterPolicy? Find(string id) => All.TryGetValue(id, out var policy) ? policy : null;

    public static CharterPolicy Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException($"Unknown charter preset '{id}'. Known: {string.Join(", ", Ids)}.");

    private static IReadOnlyDictionary<string, CharterPolicy> LoadAll()
    {
        var assembly = typeof(CharterPresets).Assembly;
        return Ids.ToDictionary(id => id, id => Load(assembly, id));
    }

    private static CharterPolicy Load(Assembly assembly, string id)
    {
        using var stream = assembly.GetManifestResourceStream($"OfficeAiGuard.Charters.Presets.{id}.json")
            ?? throw new InvalidOperationException($"Preset resource {id}.json is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return CharterJson.Deserialize(reader.ReadToEnd()) with { PresetId = id, Version = 0 };
    }
}
