using System.Globalization;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;

namespace OfficeAiGuard.Documents;

/// <summary>
/// The AI-use record in a .docx's custom document properties (<c>docProps/custom.xml</c>), one short key
/// per value because desktop Word truncates string values to 255 characters. The Word task pane writes
/// the same keys through Office.js (<c>customProperties.add</c>).
/// </summary>
public static class DocxDeclarationProperties
{
    public const string Prefix = "oaig.";
    public const string VersionKey = "oaig.v";
    public const string ToolKey = "oaig.tool";
    public const string PurposeKey = "oaig.purpose";
    public const string ModeKey = "oaig.mode";
    public const string DateKey = "oaig.date";
    public const string ReviewerKey = "oaig.reviewer";
    public const string PolicyKey = "oaig.policy";
    public const string ChecklistKey = "oaig.checklist";
    public const string MentionKey = "oaig.mention";
    /// <summary>Finding counts: <c>oaig.f.EMAIL</c> = 2 (integer), one property per category.</summary>
    public const string FindingPrefix = "oaig.f.";

    /// <summary>The format id every custom property carries (FMTID_UserDefinedProperties).</summary>
    public const string UserDefinedFormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    /// <summary>The declaration stored in the document, or null when there is none (no <c>oaig.tool</c>).</summary>
    public static AiUseRecord? Read(WordprocessingDocument doc)
    {
        var props = doc.CustomFilePropertiesPart?.Properties;
        if (props is null) return null;
        var values = props.Elements<CustomDocumentProperty>()
            .Where(p => p.Name?.Value is { } n && n.StartsWith(Prefix, StringComparison.Ordinal))
            .GroupBy(p => p.Name!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().InnerText, StringComparer.Ordinal);

        if (!values.TryGetValue(ToolKey, out var tool) || string.IsNullOrWhiteSpace(tool)) return null;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (key.StartsWith(FindingPrefix, StringComparison.Ordinal) &&
                double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0)
                counts[key[FindingPrefix.Length..]] = (int)d;
        }
        return new AiUseRecord
        {
            Tool = tool,
            Purpose = values.GetValueOrDefault(PurposeKey) ?? "",
            Mode = values.GetValueOrDefault(ModeKey) is { Length: > 0 } m ? m : "assisted",
            Date = DateTimeOffset.TryParse(values.GetValueOrDefault(DateKey), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : DateTimeOffset.MinValue,
            ReviewerId = NullIfEmpty(values.GetValueOrDefault(ReviewerKey)),
            PolicyVersion = NullIfEmpty(values.GetValueOrDefault(PolicyKey)),
            ChecklistComplete = ParseBool(values.GetValueOrDefault(ChecklistKey)),
            MentionInserted = ParseBool(values.GetValueOrDefault(MentionKey)),
            FindingCounts = counts,
        };
    }

    /// <summary>Replaces every <c>oaig.*</c> property with <paramref name="record"/>; other properties are kept.</summary>
    public static void Write(WordprocessingDocument doc, AiUseRecord record)
    {
        record.Validated();
        var part = doc.CustomFilePropertiesPart ?? doc.AddCustomFilePropertiesPart();
        part.Properties ??= new Properties();
        var props = part.Properties;
        foreach (var old in props.Elements<CustomDocumentProperty>()
                     .Where(p => p.Name?.Value?.StartsWith(Prefix, StringComparison.Ordinal) == true).ToList())
            old.Remove();

        int nextId = props.Elements<CustomDocumentProperty>().Select(p => p.PropertyId?.Value ?? 1).DefaultIfEmpty(1).Max() + 1;
        void Add(string name, DocumentFormat.OpenXml.OpenXmlElement value)
        {
            props.AppendChild(new CustomDocumentProperty(value)
            {
                FormatId = UserDefinedFormatId,
                PropertyId = Math.Max(2, nextId++),
                Name = name,
            });
        }

        Add(VersionKey, new VTInt32("1"));
        Add(ToolKey, new VTLPWSTR(record.Tool));
        Add(PurposeKey, new VTLPWSTR(record.Purpose));
        Add(ModeKey, new VTLPWSTR(record.Mode));
        Add(DateKey, new VTFileTime(record.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
        if (record.ReviewerId is not null) Add(ReviewerKey, new VTLPWSTR(record.ReviewerId));
        if (record.PolicyVersion is not null) Add(PolicyKey, new VTLPWSTR(record.PolicyVersion));
        Add(ChecklistKey, new VTBool(record.ChecklistComplete ? "true" : "false"));
        Add(MentionKey, new VTBool(record.MentionInserted ? "true" : "false"));
        foreach (var (category, count) in record.FindingCounts.Where(kv => kv.Value > 0).OrderBy(kv => kv.Key, StringComparer.Ordinal))
            Add(FindingPrefix + category, new VTInt32(count.ToString(CultureInfo.InvariantCulture)));
        props.Save();
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static bool ParseBool(string? s) => s is not null &&
        (s.Equals("true", StringComparison.OrdinalIgnoreCase) || s == "1" || s == "-1");
}
