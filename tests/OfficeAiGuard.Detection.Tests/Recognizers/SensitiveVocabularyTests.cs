using System.Text;
using OfficeAiGuard.Detection.Lexicons;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

/// <summary>
/// The vocabularies' machinery: every alternative of a family starts with one of the family's
/// triggers (otherwise the pre-filter never tries it), triggers fit the index, and folding keeps
/// offsets.
/// </summary>
public class SensitiveVocabularyTests
{
    public static TheoryData<string> Vocabularies => ["HEALTH", "SPECIAL_CATEGORY", "CRIMINAL", "VULNERABLE"];

    private static TermVocabulary Of(string category) => category switch
    {
        "HEALTH" => SensitiveTerms.HealthTerms,
        "SPECIAL_CATEGORY" => SensitiveTerms.SpecialCategoryTerms,
        "CRIMINAL" => SensitiveTerms.CriminalTerms,
        _ => SensitiveTerms.VulnerableTerms,
    };

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void EveryAlternativeStartsWithATriggerOfItsFamily(string category)
    {
        var missing = new List<string>();
        foreach (var family in Of(category).Families)
        {
            var triggers = family.Triggers.Split('|').Select(t => TermVocabulary.Fold(t.ToLowerInvariant())).ToList();
            foreach (var alternative in TopLevel(family.Pattern))
                foreach (var start in LiteralStarts(alternative, 0, ""))
                {
                    string s = start.ToLowerInvariant();
                    if (s.Length < 3 || !triggers.Any(t => s.StartsWith(t, StringComparison.Ordinal)))
                        missing.Add($"{family.Name}: '{s}' in {alternative[..Math.Min(60, alternative.Length)]}");
                }
        }
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void TriggersAreListedWithAndWithoutAccents(string category)
    {
        var triggers = Of(category).Triggers;
        Assert.All(triggers, t => Assert.Contains(TermVocabulary.Fold(t), triggers));
        Assert.All(triggers, t => Assert.InRange(t.Length, 3, 5));
    }

    [Fact]
    public void FoldingKeepsLengthAndCase()
    {
        Assert.Equal("Conge maternite A L'HOPITAL, cœur", TermVocabulary.Fold("Congé maternité À L’HÔPITAL, cœur"));
    }

    [Fact]
    public void ALookBehindStartsTheFact()
    {
        const string text = "Il a été mis en examen hier.";
        var (start, end) = SensitiveTerms.CriminalTerms.MatchAt(text, text.IndexOf("examen", StringComparison.Ordinal));
        Assert.Equal("mis en examen", text[start..end]);
    }

    /// <summary>The alternatives of a pattern's outer alternation.</summary>
    private static List<string> TopLevel(string pattern)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { current.Append(c).Append(pattern[++i]); continue; }
            if (c == '[') { int end = pattern.IndexOf(']', i + 1); current.Append(pattern, i, end - i + 1); i = end; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { result.Add(current.ToString()); current.Clear(); continue; }
            current.Append(c);
        }
        result.Add(current.ToString());
        return result;
    }

    private static int Close(string pattern, int open)
    {
        int depth = 0;
        for (int i = open; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { i = pattern.IndexOf(']', i + 1); continue; }
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) return i;
        }
        throw new ArgumentException($"Unbalanced: {pattern}");
    }

    /// <summary>
    /// The literal texts an alternative can start with (up to five characters, what the trigger
    /// index reads): groups are expanded, assertions skipped, a quantified character ends the literal.
    /// </summary>
    private static IEnumerable<string> LiteralStarts(string pattern, int i, string acc)
    {
        while (acc.Length < 5 && i < pattern.Length)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length && pattern[i + 1] == 'b') { i += 2; continue; }
            if (c == '(')
            {
                int close = Close(pattern, i);
                if (pattern.AsSpan(i).StartsWith("(?<=") || pattern.AsSpan(i).StartsWith("(?<!")
                    || pattern.AsSpan(i).StartsWith("(?=") || pattern.AsSpan(i).StartsWith("(?!"))
                {
                    i = close + 1;
                    continue;
                }
                string inner = pattern[(pattern.AsSpan(i).StartsWith("(?:") ? i + 3 : i + 1)..close];
                int after = close + 1;
                bool optional = after < pattern.Length && pattern[after] is '?' or '*';
                if (after < pattern.Length && pattern[after] is '?' or '*' or '+') after++;
                string rest = pattern[after..];
                foreach (var branch in TopLevel(inner))
                    foreach (var s in LiteralStarts(branch + rest, 0, acc)) yield return s;
                if (optional)
                    foreach (var s in LiteralStarts(rest, 0, acc)) yield return s;
                yield break;
            }
            if (char.IsLetterOrDigit(c) || c is ' ' or '\'' or '-' or 'œ')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] is '?' or '*' or '{') break;
                acc += c;
                i++;
                continue;
            }
            break;
        }
        yield return acc;
    }
}
