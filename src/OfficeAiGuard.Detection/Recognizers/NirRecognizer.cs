using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>NIR / INS (numéro de sécurité sociale), 2A/2B allowed, validated by its key.</summary>
public sealed partial class NirRecognizer : IRecognizer
{
    public string Name => "fr-nir";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Nir];

    // 13 characters, then the key: right after them, or after "clé" / a slash ("… 048 clé 81", "… 048/81").
    [GeneratedRegex(@"(?<![\w.,])[1-478](?:[ .\-]{0,3}[0-9AB]){12}(?:[ .\-]{0,3}|\s?\(?(?i:cl[ée])\s?:?\s?|\s?/\s?)\d[ .\-]{0,3}\d\)?(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)s[ée]curit[ée] sociale|\bs[ée]cu\b|\bNIR\b|\bINS\b|\bINSEE\b|\bN°\s?SS\b|assur[ée] social|immatriculation", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    /// <summary>The digits (and A/B of Corsica) of the match, without separators nor the word "clé".</summary>
    private static string Characters(ReadOnlySpan<char> value)
    {
        Span<char> buffer = stackalloc char[value.Length];
        int n = 0;
        foreach (char c in value)
            if (char.IsAsciiDigit(c) || c is 'A' or 'B') buffer[n++] = c;
        return new string(buffer[..n]);
    }

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Pattern().Matches(text))
        {
            if (!Nir.IsValid(Characters(m.ValueSpan))) continue;
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 80);
            yield return new Finding(Detection.Categories.Nir, m.Index, m.Index + m.Length, Confidence.High, Name,
                keyword is null ? ["clé NIR valide"] : ["clé NIR valide", keyword],
                "Numéro de sécurité sociale (NIR) dont la clé est valide : donnée hautement sensible, à ne jamais transmettre à un outil d'IA.");
        }
    }
}
