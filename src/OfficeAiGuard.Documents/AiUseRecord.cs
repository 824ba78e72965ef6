using System.Globalization;
using System.Text;

namespace OfficeAiGuard.Documents;

/// <summary>
/// The AI-use record that travels with an artifact (custom properties of a .docx, Graph metadata of a
/// message or a library file, the <c>X-AI-Disclosure</c> header). It holds a declaration, never content:
/// finding counts per category, never the detected values.
/// </summary>
public sealed record AiUseRecord
{
    public const int MaxToolLength = 64;
    public const int MaxPurposeLength = 64;
    public const int MaxModeLength = 32;
    public const int MaxReviewerLength = 128;
    public const int MaxPolicyVersionLength = 64;

    /// <summary>Approved tool id from the charter (e.g. <c>copilot</c>, <c>iris</c>).</summary>
    public required string Tool { get; init; }

    /// <summary>Purpose id (e.g. <c>redaction</c>, <c>reformulation</c>, <c>resume</c>, <c>traduction</c>).</summary>
    public required string Purpose { get; init; }

    /// <summary>Extent of AI use (e.g. <c>assisted</c>, <c>generated</c>).</summary>
    public string Mode { get; init; } = "assisted";

    /// <summary>When the use was declared (UTC, second precision when stored).</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Opaque id of the human reviewer (never a name: the marker leaves the organisation).</summary>
    public string? ReviewerId { get; init; }

    /// <summary>Version of the charter policy the declaration was made under.</summary>
    public string? PolicyVersion { get; init; }

    public bool ChecklistComplete { get; init; }

    public bool MentionInserted { get; init; }

    /// <summary>Sensitive-data finding counts per category id (counts only).</summary>
    public IReadOnlyDictionary<string, int> FindingCounts { get; init; } = new Dictionary<string, int>();

    public int FindingsTotal => FindingCounts.Values.Sum();

    /// <summary>Checks lengths and characters; throws <see cref="ArgumentException"/> with a French message.</summary>
    public AiUseRecord Validated()
    {
        Check(Tool, nameof(Tool), MaxToolLength, required: true);
        Check(Purpose, nameof(Purpose), MaxPurposeLength, required: true);
        Check(Mode, nameof(Mode), MaxModeLength, required: true);
        Check(ReviewerId, nameof(ReviewerId), MaxReviewerLength, required: false);
        Check(PolicyVersion, nameof(PolicyVersion), MaxPolicyVersionLength, required: false);
        foreach (var (category, count) in FindingCounts)
        {
            if (!IsToken(category) || category.Length > 40)
                throw new ArgumentException($"Catégorie de donnée invalide : « {category} ».", nameof(FindingCounts));
            if (count < 0)
                throw new ArgumentException($"Nombre négatif pour la catégorie {category}.", nameof(FindingCounts));
        }
        return this;
    }

    /// <summary>
    /// The <c>X-AI-Disclosure</c> value: <c>tool=…; purpose=…; mode=…; date=…; …</c>. Tool comes first so
    /// Graph can filter with <c>startswith(ep/value,'tool=…')</c>. Values are percent-encoded (UTF-8)
    /// outside a safe ASCII set, so the value is a valid header field.
    /// </summary>
    public string ToDisclosureHeader()
    {
        var parts = new List<string>
        {
            $"tool={Escape(Tool)}",
            $"purpose={Escape(Purpose)}",
            $"mode={Escape(Mode)}",
            $"date={Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}",
        };
        if (ReviewerId is not null) parts.Add($"reviewed-by={Escape(ReviewerId)}");
        if (PolicyVersion is not null) parts.Add($"policy={Escape(PolicyVersion)}");
        parts.Add($"checklist={(ChecklistComplete ? 1 : 0)}");
        parts.Add($"mention={(MentionInserted ? 1 : 0)}");
        parts.Add($"findings={FindingsTotal}");
        return string.Join("; ", parts);
    }

    private static void Check(string? value, string name, int max, bool required)
    {
        if (value is null || value.Length == 0)
        {
            if (required) throw new ArgumentException($"Le champ {name} est obligatoire.", name);
            return;
        }
        if (value.Length > max)
            throw new ArgumentException($"Le champ {name} dépasse {max} caractères.", name);
        if (value.Any(char.IsControl))
            throw new ArgumentException($"Le champ {name} contient des caractères de contrôle.", name);
    }

    private static bool IsToken(string s) => s.Length > 0 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    private static string Escape(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':' or '+' or '@' or '/'))
                sb.Append(c);
            else
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
