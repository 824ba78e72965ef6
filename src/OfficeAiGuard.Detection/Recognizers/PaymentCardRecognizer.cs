using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Payment card numbers: issuer prefix, usual length and Luhn check.</summary>
public sealed partial class PaymentCardRecognizer : IRecognizer
{
    public string Name => "payment-card";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.PaymentCard];

    [GeneratedRegex(@"(?<![\w.,])[2-6](?:[ \-]?\d){12,18}(?![\w])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?i)\bcarte\b|\bCB\b|visa|master\s?card|american express|amex|expir|cryptogramme|\bCVV\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keywords();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Pattern().Matches(text))
        {
            string digits = Compact.Strip(m.ValueSpan);
            if (!HasIssuerShape(digits) || !Luhn.IsValid(digits)) continue;
            string? keyword = ContextWindow.FindBefore(Keywords(), text, m.Index, 80) ?? ContextWindow.FindAfter(Keywords(), text, m.Index + m.Length, 40);
            yield return new Finding(Detection.Categories.PaymentCard, m.Index, m.Index + m.Length,
                keyword is null ? Confidence.Medium : Confidence.High, Name,
                keyword is null ? ["Luhn"] : ["Luhn", keyword],
                "Numéro de carte bancaire (clé de Luhn valide) : il permet des paiements frauduleux.");
        }
    }

    /// <summary>Visa (4, 13/16/19 digits), Mastercard (51–55, 2221–2720), Amex (34/37, 15), CB/Discover/JCB (6, 35).</summary>
    internal static bool HasIssuerShape(string d)
    {
        if (d.Length is not (13 or 15 or 16 or 19)) return false;
        if (d.All(c => c == d[0])) return false;
        int two = (d[0] - '0') * 10 + (d[1] - '0');
        int four = int.Parse(d.AsSpan(0, 4));
        return d[0] switch
        {
            '4' => d.Length is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 && d.Length == 16,
            '2' => four is >= 2221 and <= 2720 && d.Length == 16,
            '3' => (two is 34 or 37 && d.Length == 15) || (two == 35 && d.Length is 16 or 19),
            '6' => d.Length is 16 or 19,
            _ => false,
        };
    }
}
