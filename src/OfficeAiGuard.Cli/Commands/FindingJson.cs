using System.Text.Json;
using System.Text.Json.Serialization;
using OfficeAiGuard.Detection;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>A finding as the CLI prints it (TAXONOMY.md's prediction format plus explanation fields).</summary>
public sealed record FindingJson(string Category, int Start, int End, string Confidence, string Recognizer,
    IReadOnlyList<string> Evidence, string Explanation)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static FindingJson From(Finding f) =>
        new(f.Category, f.Start, f.End, f.Confidence.ToString().ToLowerInvariant(), f.Recognizer, f.Evidence, f.Explanation);
}
