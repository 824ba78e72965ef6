using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>E-mail addresses. Functional mailboxes (accueil@, contact@…) are not personal data.</summary>
public sealed partial class EmailRecognizer : IRecognizer
{
    private static readonly HashSet<string> FunctionalLocalParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "accueil", "contact", "info", "infos", "mairie", "secretariat", "courrier", "dpo", "rssi", "support",
        "noreply", "no-reply", "ne-pas-repondre", "standard", "communication", "ccas", "rh", "direction",
    };

    public string Name => "email";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Email];

    [GeneratedRegex(@"(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![\w-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in Pattern().Matches(context.Text))
        {
            string local = m.Value[..m.Value.IndexOf('@')];
            if (FunctionalLocalParts.Contains(local)) continue;
            yield return new Finding(Detection.Categories.Email, m.Index, m.Index + m.Length, Confidence.High, Name, [],
                "Adresse électronique personnelle : elle identifie directement une personne.");
        }
    }
}
