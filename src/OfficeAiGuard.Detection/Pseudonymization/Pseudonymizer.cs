using System.Text;
using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Validation;

namespace OfficeAiGuard.Detection.Pseudonymization;

/// <summary>
/// Replaces findings with stable placeholders before a text goes to an AI tool, and puts the
/// values back in the tool's answer. The same value always gets the same placeholder; a person's
/// surname or first name alone gets that person's number (<c>[PERSONNE_1_NOM]</c>); another
/// spelling of a value already seen gets a variant (<c>[TELEPHONE_1_V2]</c>) so that restoring
/// gives back exactly the original text.
/// </summary>
public static partial class Pseudonymizer
{
    /// <param name="text">The original text.</param>
    /// <param name="findings">Findings on <paramref name="text"/> (original offsets), non-overlapping, e.g. from <c>AnalyzerEngine.Analyze</c>.</param>
    public static PseudonymizationResult Pseudonymize(string text, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var ordered = findings
            .Where(f => PlaceholderLabels.For(f.Category) is not null && f.Start >= 0 && f.End <= text.Length && f.Length > 0)
            .OrderBy(f => f.Start).ToList();
        var persons = new PersonGrouping(ordered.Where(f => f.Category == Categories.PersonName).Select(f => text[f.Start..f.End]));

        var entityNumbers = new Dictionary<string, int>(StringComparer.Ordinal);      // category + normalised value → number
        var nextNumber = new Dictionary<string, int>(StringComparer.Ordinal);         // label → last number used
        var placeholderBySurface = new Dictionary<string, string>(StringComparer.Ordinal); // base + exact surface → placeholder
        var variantsOfBase = new Dictionary<string, int>(StringComparer.Ordinal);     // base placeholder → variants used
        var entries = new List<PseudonymEntry>();
        var output = new StringBuilder(text.Length);
        int position = 0;
        foreach (var f in ordered)
        {
            if (f.Start < position) continue; // overlapping input: keep the first
            string value = text[f.Start..f.End];
            string label = PlaceholderLabels.For(f.Category)!;
            string baseKey;
            if (f.Category == Categories.PersonName)
            {
                var (person, role) = persons.Resolve(value);
                baseKey = label + "_" + person + role switch { PersonGrouping.Role.Surname => "_NOM", PersonGrouping.Role.FirstName => "_PRENOM", _ => "" };
                nextNumber[label] = Math.Max(nextNumber.GetValueOrDefault(label), persons.PersonCount);
            }
            else
            {
                string identity = f.Category + "\u0001" + Normalise(f.Category, value);
                if (!entityNumbers.TryGetValue(identity, out int number))
                {
                    number = nextNumber.GetValueOrDefault(label) + 1;
                    nextNumber[label] = number;
                    entityNumbers[identity] = number;
                }
                baseKey = label + "_" + number;
            }
            string surfaceKey = baseKey + "\u0001" + value;
            if (!placeholderBySurface.TryGetValue(surfaceKey, out string? placeholder))
            {
                int variant = variantsOfBase.GetValueOrDefault(baseKey) + 1;
                variantsOfBase[baseKey] = variant;
                placeholder = variant == 1 ? $"[{baseKey}]" : $"[{baseKey}_V{variant}]";
                placeholderBySurface[surfaceKey] = placeholder;
                entries.Add(new PseudonymEntry(placeholder, f.Category, value));
            }
            output.Append(text, position, f.Start - position).Append(placeholder);
            position = f.End;
        }
        output.Append(text, position, text.Length - position);
        return new PseudonymizationResult(output.ToString(), new PseudonymMapping(entries));
    }

    /// <summary>
    /// Puts the original values back in a text produced from a pseudonymised one. Tolerant of what
    /// AI tools do to placeholders: square brackets dropped, case changed, underscores turned
    /// into spaces. Unknown placeholders are left as they are.
    /// </summary>
    public static string Restore(string text, PseudonymMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mapping);
        if (mapping.Entries.Count == 0) return text;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in mapping.Entries) values[e.Placeholder.Trim('[', ']')] = e.Value;
        return PlaceholderPattern().Replace(text, m =>
        {
            string key = m.Groups["label"].Value.Replace(' ', '_') + "_" + m.Groups["number"].Value
                + (m.Groups["role"].Success ? "_" + m.Groups["role"].Value : "")
                + (m.Groups["variant"].Success ? "_V" + m.Groups["variant"].Value : "");
            key = key.ToUpperInvariant().Replace("É", "E");
            return values.TryGetValue(key, out string? value) ? value : m.Value;
        });
    }

    [GeneratedRegex(@"(?:\[\s?)?(?<![\p{L}\d_])(?<label>PERSONNE|EMAIL|TELEPHONE|T[ÉE]L[ÉE]PHONE|ADRESSE|DATE[_ ]NAISSANCE|NIR|IBAN|CARTE[_ ]BANCAIRE|PIECE[_ ]IDENTITE|NUMERO[_ ]FISCAL|NUMERO[_ ]ALLOCATAIRE|IMMATRICULATION|DONNEE[_ ]SANTE|DONNEE[_ ]SENSIBLE|DONNEE[_ ]PENALE|SITUATION[_ ]SOCIALE|SECRET)[_ ](?<number>\d+)(?:[_ ](?<role>NOM|PR[ÉE]NOM))?(?:[_ ]V(?<variant>\d+))?(?![\p{L}\d])(?:\s?\])?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceholderPattern();

    /// <summary>Two spellings of one value: identifiers compared without separators, text without case and extra spaces.</summary>
    private static string Normalise(string category, string value) => category switch
    {
        Categories.Nir or Categories.Iban or Categories.PaymentCard or Categories.TaxId or Categories.SocialBenefitId
            or Categories.IdDocument or Categories.LicensePlate or Categories.Phone => Compact.Strip(value, upper: true),
        Categories.Secret => value,
        _ => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant(),
    };
}
