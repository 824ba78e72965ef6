using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Tests.Support;

/// <summary>Helpers shared by the recognizer tests: run the default engine and check one category.</summary>
public static class Detect
{
    public static readonly AnalyzerEngine Engine = new();

    public static IReadOnlyList<Finding> All(string text) => Engine.Analyze(text);

    /// <summary>The values (original text) reported in a category.</summary>
    public static List<string> Values(string text, string category) =>
        All(text).Where(f => f.Category == category).Select(f => text[f.Start..f.End]).ToList();

    /// <summary>Asserts a finding of the category covers the expected value.</summary>
    public static void Found(string text, string category, string value)
    {
        int start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.True(start >= 0, "test text must contain the value");
        var findings = All(text);
        Assert.Contains(findings, f => f.Category == category && f.Start <= start && f.End >= start + value.Length);
    }

    public static void NotFound(string text, string category) =>
        Assert.DoesNotContain(All(text), f => f.Category == category);

    /// <summary>Asserts no sensitive fact (health, art. 9, art. 10, vulnerability) is reported.</summary>
    public static void NoSensitiveFact(string text)
    {
        foreach (var category in new[] { Categories.Health, Categories.SpecialCategory, Categories.Criminal, Categories.Vulnerable })
            NotFound(text, category);
    }
}
