using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>Tenant allow-list: a finding whose value equals an allowed value (separators and case aside) is dropped.</summary>
public sealed class AllowList
{
    private readonly HashSet<string> _values;

    public AllowList(IEnumerable<string> values) =>
        _values = new HashSet<string>(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(Key), StringComparer.Ordinal);

    public bool IsEmpty => _values.Count == 0;

    public bool Allows(ReadOnlySpan<char> value) => !IsEmpty && _values.Contains(Key(value.ToString()));

    private static string Key(string value)
    {
        string compact = Compact.Strip(value.Trim(), upper: true);
        // +33 6… and 06… are the same phone number.
        if (compact.StartsWith("+33", StringComparison.Ordinal)) compact = "0" + compact[3..];
        else if (compact.StartsWith("0033", StringComparison.Ordinal)) compact = "0" + compact[4..];
        return compact.Replace("(0)", "");
    }
}
