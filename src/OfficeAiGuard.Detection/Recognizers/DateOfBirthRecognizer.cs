using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Dates given as a birth date: "né(e) le …", "date de naissance : …", "DDN …". Other dates
/// (meetings, deadlines, deliberations) are not personal data and are left alone.
/// </summary>
public sealed partial class DateOfBirthRecognizer : IRecognizer
{
    public string Name => "fr-date-of-birth";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.DateOfBirth];

    private const string Months = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\\.?|f[ée]vr?\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|d[ée]c\\.?";

    [GeneratedRegex(@"\G(?<cue>\b[Nn][ée]e?s?\s+(?:le\s+|en\s+|au\s+cours\s+de\s+l['’]ann[ée]e\s+)?|\b[Dd]ate\s+de\s+naissance\s*(?:[:(]|est\s+le|:)?\s*|\bDDN\s*:?\s*|\b[Nn]aissance\s*:\s*)(?<date>\d{1,2}(?:er)?\s+(?:" + Months + @")\s+\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})\b|(?:19|20)\d{2}\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>A date alone on a list line: a birth date when the line above is a person's name ("- Arnaud Karim" / "- 19/01/1936").</summary>
    [GeneratedRegex(@"(?m)^[ \t]*[-•*–][ \t]*(?<date>\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}(?:er)? (?:" + Months + @") \d{4})[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListDate();

    private static readonly PersonNameRecognizer Names = new();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        foreach (Match m in ListDate().Matches(context.Text))
        {
            var date = m.Groups["date"];
            int lineStart = context.Text.LastIndexOf('\n', Math.Max(0, m.Index - 1));
            if (lineStart <= 0) continue;
            int prevStart = context.Text.LastIndexOf('\n', lineStart - 1) + 1;
            var names = Names.NamesOf(context);
            bool nameAbove = names.Any(n => n.Start >= prevStart && n.End <= lineStart);
            if (!nameAbove) continue;
            yield return new Finding(Detection.Categories.DateOfBirth, date.Index, date.Index + date.Length, Confidence.Medium, Name,
                ["date sous un nom de personne"], "Date de naissance : avec le nom, elle identifie la personne de façon quasi certaine.");
        }

        string text = context.Text;
        int consumed = 0;
        foreach (int position in context.TriggerHitsOf(Context.TriggerWords.BirthCue))
        {
            if (position < consumed) continue;
            var m = Pattern().Match(text, position);
            if (!m.Success) continue;
            consumed = m.Index + m.Length;
            var date = m.Groups["date"];
            string cue = m.Groups["cue"].Value.Trim().TrimEnd(':', '(').Trim();
            yield return new Finding(Detection.Categories.DateOfBirth, date.Index, date.Index + date.Length,
                date.Length == 4 ? Confidence.Low : Confidence.High, Name, [cue],
                "Date de naissance : avec le nom, elle identifie la personne de façon quasi certaine.");
        }
    }
}
