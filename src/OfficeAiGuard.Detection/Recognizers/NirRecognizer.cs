using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>NIR / INS (numéro de sécurité sociale), validated by its key.</summary>
public sealed partial class NirRecognizer : IRecognizer
{
    public string Name => "fr-nir";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Nir];

    [GeneratedRegex(@"(?<![\dA-Za-z])[1-478][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\dA-Za-z])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            string compact = m.Value.Replace(" ", "").Replace(".", "");
            if (!Nir.IsValid(compact)) continue;
            yield return new Finding(Detection.Categories.Nir, m.Index, m.Index + m.Length, Confidence.High, Name, ["key"],
                "Numéro de sécurité sociale (NIR) dont la clé est valide : donnée hautement sensible.");
        }
    }
}
