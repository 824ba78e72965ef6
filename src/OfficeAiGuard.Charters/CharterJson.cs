using System.Text.Json;
using System.Text.Json.Serialization;

namespace OfficeAiGuard.Charters;

/// <summary>The JSON form of a charter policy: camelCase, comments and trailing commas allowed in files.</summary>
public static class CharterJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };

    public static string Serialize(CharterPolicy policy) => JsonSerializer.Serialize(policy, Options);

    /// <summary>Parses a policy; throws <see cref="JsonException"/> on malformed JSON.</summary>
    public static CharterPolicy Deserialize(string json) =>
        JsonSerializer.Deserialize<CharterPolicy>(json, Options) ?? throw new JsonException("Empty charter policy.");
}
