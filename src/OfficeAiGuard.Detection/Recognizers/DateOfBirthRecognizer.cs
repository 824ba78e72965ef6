using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Dates given as a birth date: "né(e) le …", "né à Lyon le …", "née Dupont le …", "date (et lieu) de
/// naissance : …", "DDN", "DN :"; a date right after a person's name ("Sophie Martin (03/03/1985)") or
/// alone on a list line under it. Full dates are reported high, a month and year ("née en mars 1984")
/// medium, a year alone ("né en 1984") low. Other dates (meetings, deadlines, deliberations) and the
/// birth of things ("le projet, né en 2019") are left alone.
/// </summary>
public sealed partial class DateOfBirthRecognizer : IRecognizer
{
    public string Name => "fr-date-of-birth";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.DateOfBirth];

    private const string Explanation = "Date de naissance : avec le nom, elle identifie la personne de façon quasi certaine.";

    private const string Months = "(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|janv\\.?|f[ée]vr?\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|d[ée]c\\.?)";

    // Full dates first (day month year, numeric with any separator, ISO), then month and year, then a year alone.
    private const string Date =
        @"(?<full>\d{1,2}(?:er)?\s+(?:" + Months + @")\s+(?:\d{4}|\d{2})\b(?!\s?[/.\-]\s?\d)"
        + @"|\d{1,2}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?(?:\d{4}|\d{2})\b"
        // "12 06 1990": spaces only, after a birth cue (the pattern runs nowhere else).
        + @"|\d{2} \d{2} (?:19|20)\d{2}\b"
        + @"|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}\b)"
        + @"|(?<month>(?:" + Months + @")\s+(?:19|20)\d{2}\b)"
        + @"|(?:19|20)\d{2}\b";

    // A place of birth between "né" and the date: "à Lyon", "à Annecy (74)", "à Saint-Julien-en-Genevois", "à Dakar (Sénégal)".
    private const string Place = @"\s+(?:à|a|au|en)\s+\p{Lu}[\p{L}'’\-]*(?:\s(?:(?:sur|sous|en|l[èe]s|le|la|de|du|d['’])\s?)?\p{Lu}[\p{L}'’\-]*){0,3}(?:\s\d{1,2}(?:e|er|ème))?(?:\s?\([^()\n]{1,25}\))?,?";

    // Case-insensitive keywords only: place and maiden names keep their capital (\p{Lu} would match any letter under IgnoreCase).
    [GeneratedRegex(@"\G(?<cue>"
        // né, née, nés, né(e), né·e, né.e, né-e; then a place or a maiden name ("née Dupont"), then "le", "en", ":".
        + @"\b[Nn][ÉéEe][Ee]?[Ss]?(?:\s?\([Ee]\)|[·.\-][Ee])?(?:" + Place + @"|\s+\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2})?"
        + @"(?:\s*:\s*|\s+[Ll][Ee]\s*:?\s*|\s+en\s+|\s+au\s+cours\s+de\s+l['’]ann[ée]e\s+|\s+)"
        // date (et lieu) de naissance [de l'enfant | du demandeur…] :
        + @"|(?i:\bdate\s+(?:et\s+lieu\s+)?(?:de\s+)?naiss(?:ance|\.))(?:\s+d(?:[eu]|['’])\s?[^:\n(]{1,30}?)?\s*(?:[:(]|est\s+le|:)?\s*(?:[Ll]e\s+)?"
        + @"|\b(?i:D\.?D\.?N\.?)\s*:?\s*|\bD\.?N\.?\s*:\s*|\b[Nn]aissance\s*(?::|\s[Ll]e\b)\s*)"
        // "né le mercredi 12 juin 1990": the day of the week is not part of the date.
        + @"(?:(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?=\d))?"
        + @"(?<date>" + Date + ")",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>A date alone on a list line: a birth date when the line above is a person's name ("- Arnaud Karim" / "- 19/01/1936").</summary>
    [GeneratedRegex(@"(?m)^[ \t]*[-•*–][ \t]*(?<date>\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}(?:er)? (?:" + Months + @") \d{4})[ \t]*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListDate();

    /// <summary>A full date right after a name: "Sophie Martin (03/03/1985)", "Sophie Martin, 3 mars 1985, Annecy".</summary>
    [GeneratedRegex(@"\G(?:\s?\(|,\s)(?<date>\d{1,2}[/.\-]\d{1,2}[/.\-](?<year>\d{4})|\d{1,2}(?:er)?\s(?:" + Months + @")\s(?<year>\d{4}))(?:\)|,|\s*$|\s*\n)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateAfterName();

    /// <summary>Things that are "born" too: "le projet, né en 2019", "le marché est né le 12 mars".</summary>
    private static readonly HashSet<string> NotPersons = new(StringComparer.OrdinalIgnoreCase)
    {
        "projet", "dispositif", "marché", "programme", "partenariat", "idée", "initiative", "association", "festival", "collectif",
        "réseau", "label", "site", "événement", "évènement", "concept", "plan", "contrat", "syndicat", "service", "structure",
        "quartier", "lotissement", "équipement", "outil", "logiciel", "comité", "conseil", "groupe", "club", "journal", "salon",
        "demande", "dossier", "commission", "école", "crèche", "entreprise", "société", "commune", "ville", "mouvement", "jumelage",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonLookup = NotPersons.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly PersonNameRecognizer Names = new();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        IReadOnlyList<Finding>? names = null;
        foreach (Match m in ListDate().Matches(text))
        {
            var date = m.Groups["date"];
            int lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1));
            if (lineStart <= 0) continue;
            int prevStart = text.LastIndexOf('\n', lineStart - 1) + 1;
            names ??= Names.NamesOf(context);
            bool nameAbove = names.Any(n => n.Start >= prevStart && n.End <= lineStart);
            if (!nameAbove) continue;
            yield return new Finding(Detection.Categories.DateOfBirth, date.Index, date.Index + date.Length, Confidence.Medium, Name,
                ["date sous un nom de personne"], Explanation);
        }

        int consumed = 0;
        HashSet<int>? reported = null;
        foreach (int position in context.TriggerHitsOf(Context.TriggerWords.BirthCue))
        {
            if (position < consumed) continue;
            var m = Pattern().Match(text, position);
            if (!m.Success)
            {
                // A table whose header names a birth-date column: "nom;prenom;date_naissance", "| Nom | DDN |".
                int tableEnd = position;
                foreach (var cell in BirthColumn(text, position, ref tableEnd))
                    yield return cell;
                consumed = tableEnd;
                continue;
            }
            consumed = m.Index + m.Length;
            if (char.ToLowerInvariant(text[position]) == 'n' && ThingIsBorn(text, position)) continue;
            var date = m.Groups["date"];
            var level = m.Groups["full"].Success ? Confidence.High : m.Groups["month"].Success ? Confidence.Medium : Confidence.Low;
            string cue = CueLabel(m.Groups["cue"].Value);
            (reported ??= []).Add(date.Index);
            yield return new Finding(Detection.Categories.DateOfBirth, date.Index, date.Index + date.Length, level, Name, [cue], Explanation);
        }

        // A full date right after a name, old enough not to be the date of an event.
        if (text.IndexOf('(') < 0 && text.IndexOf(", ", StringComparison.Ordinal) < 0) yield break;
        names ??= Names.NamesOf(context);
        // In brackets a date after a name is most often the birth date; after a comma it may be the date of a
        // signature or a letter ("Jean Dupont, 12/03/2021"), so only a date ten years old or more counts there.
        int thisYear = DateTime.UtcNow.Year;
        foreach (var n in names)
        {
            if (!DigitSoonAfter(text, n.End)) continue;
            var m = DateAfterName().Match(text, n.End);
            if (!m.Success || !int.TryParse(m.Groups["year"].ValueSpan, out int year) || year < 1900) continue;
            bool bracketed = text.AsSpan(n.End, m.Groups["date"].Index - n.End).Contains('(');
            if (year > thisYear - (bracketed ? 3 : 10)) continue;
            var date = m.Groups["date"];
            if (reported?.Contains(date.Index) == true) continue;
            yield return new Finding(Detection.Categories.DateOfBirth, date.Index, date.Index + date.Length, Confidence.Medium, Name,
                ["date après un nom de personne"], Explanation);
        }
    }

    // "Date de naissance", "date_naiss", "D. naissance", "DDN", "DN", "Né(e) le", with a format note in brackets: "(JJ/MM/AAAA)".
    [GeneratedRegex(@"^\s*(?i:date[\s_\-]*(?:de[\s_\-]*)?naiss(?:ance|\.)?|d\.?[\s_\-]*naiss(?:ance|\.)?|naissance|ddn|d\.?n\.?|n[ée]\(?e?\)?[\s_\-]*le|dob|birth[\s_\-]*date|date[\s_\-]*of[\s_\-]*birth)\s*(?:\([^()]{1,20}\))?\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BirthHeader();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}(?:er)?\s(?:" + Months + @")\s\d{4})\s*$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CellDate();

    /// <summary>
    /// When the trigger at <paramref name="position"/> is the header cell of a birth-date column (separators ; , tab
    /// or |), the dates of that column in the rows below, up to a blank line; <paramref name="end"/> gets the last one's end.
    /// </summary>
    private IEnumerable<Finding> BirthColumn(string text, int position, ref int end)
    {
        if (!BirthHeader().IsMatch(TableColumn.CellAround(text, position))) return [];
        var found = new List<Finding>();
        foreach (var (start, cellEnd) in TableColumn.CellsBelow(text, position))
        {
            end = cellEnd;
            if (CellDate().IsMatch(text.AsSpan(start, cellEnd - start)))
                found.Add(new Finding(Detection.Categories.DateOfBirth, start, cellEnd, Confidence.High, Name, ["colonne date de naissance"], Explanation));
        }
        return found;
    }

    /// <summary>" (3", ", 1": what a date right after a name starts with (a cheap test before the pattern).</summary>
    private static bool DigitSoonAfter(string text, int end)
    {
        int p = end;
        if (p < text.Length && text[p] == ' ') p++;
        if (p >= text.Length || text[p] is not ('(' or ',')) return false;
        p++;
        if (p < text.Length && text[p] == ' ') p++;
        return p < text.Length && char.IsAsciiDigit(text[p]);
    }

    /// <summary>
    /// The cue as evidence, without the place of birth or maiden name it may hold: "né à Lyon le" gives "né le",
    /// "née Dupont le" gives "née le".
    /// </summary>
    private static string CueLabel(string cue)
    {
        cue = cue.Trim().TrimEnd(':', '(').Trim();
        // "Date de naissance de M. Dupont": the label only, not whose.
        if (cue.StartsWith("date", StringComparison.OrdinalIgnoreCase))
            return cue.Contains("lieu", StringComparison.OrdinalIgnoreCase) ? "date et lieu de naissance" : "date de naissance";
        if (cue.Length == 0 || char.ToLowerInvariant(cue[0]) != 'n' || cue.StartsWith("naiss", StringComparison.OrdinalIgnoreCase)) return cue;
        int space = cue.IndexOfAny([' ', '\t', '\n']);
        if (space < 0) return cue;
        string head = cue[..space];
        string last = cue[(cue.LastIndexOfAny([' ', '\t', '\n']) + 1)..].ToLowerInvariant();
        return last is "le" or "en" ? head + " " + last : head;
    }

    /// <summary>"Le projet, né en 2019", "le marché est né le…": the word before "né" (skipping "est", "a été", a comma) is a thing.</summary>
    private static bool ThingIsBorn(string text, int cue)
    {
        int p = cue;
        for (int hop = 0; hop < 3; hop++)
        {
            while (p > 0 && text[p - 1] is ' ' or ',') p--;
            int end = p;
            while (p > 0 && char.IsLetter(text[p - 1])) p--;
            if (end == p) return false;
            var word = text.AsSpan(p, end - p);
            if (word is "est" or "été" or "a" or "était" or "sont" or "fut") continue;
            return NotPersonLookup.Contains(word);
        }
        return false;
    }
}
