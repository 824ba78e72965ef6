using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Base of the lexicon recognizers (health, special categories, offences, vulnerability): a term
/// of the category's vocabulary is a finding when its sentence is about a person.
/// </summary>
public abstract class SensitiveLexiconRecognizer : IRecognizer
{
    public abstract string Name { get; }
    protected abstract string Category { get; }
    protected abstract Lexicons.TermVocabulary Terms { get; }

    /// <summary>Bit of this vocabulary in <see cref="TriggerWords"/>.</summary>
    protected abstract int VocabularyBit { get; }

    protected abstract string Explanation { get; }

    /// <summary>
    /// Evidence names the vocabulary, never the matched words: a finding's evidence must not carry
    /// the sensitive value itself out of the process.
    /// </summary>
    private string VocabularyLabel => Category switch
    {
        Detection.Categories.Health => "vocabulaire de la santé",
        Detection.Categories.SpecialCategory => "vocabulaire des données sensibles (art. 9)",
        Detection.Categories.Criminal => "vocabulaire pénal (art. 10)",
        _ => "vocabulaire de la vulnérabilité",
    };

    public IReadOnlyCollection<string> Categories => [Category];

    private static readonly PersonNameRecognizer Names = new();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        IReadOnlyList<Finding>? names = null;
        Finding? pending = null;
        int consumed = 0;
        foreach (int position in context.TriggerHitsOf(VocabularyBit))
        {
            if (position < consumed) continue;
            var (start, end) = Terms.MatchAt(text, position);
            if (end == 0) continue;
            consumed = end;
            names ??= Names.NamesOf(context);
            string? cue = PersonProximity.FindCue(text, start, end, names);
            if (cue is null) continue;
            var finding = new Finding(Category, start, ClauseEnd(text, start, end), Confidence.High, Name,
                [VocabularyLabel, cue], Explanation);
            // Terms a few words apart in one clause describe one fact: "de confession musulmane et pratiquant".
            if (pending is not null && CanMerge(text, pending, finding))
            {
                pending = pending with { End = Math.Max(pending.End, finding.End) };
                continue;
            }
            if (pending is not null) yield return pending;
            pending = finding;
        }
        if (pending is not null) yield return pending;
    }

    /// <summary>
    /// The fact goes on to the end of its clause ("en arrêt maladie pour un burn-out"): extend the
    /// span up to 60 characters, stopping at punctuation, a capital (a name; not when the term
    /// itself is in capitals) or a digit (a date).
    /// </summary>
    private static int ClauseEnd(string text, int start, int end)
    {
        int limit = Math.Min(text.Length, end + 60);
        bool capitals = !text.AsSpan(start, end - start).ContainsAnyInRange('a', 'z');
        int lastWordEnd = end;
        for (int i = end; i < limit; i++)
        {
            char c = text[i];
            if (c is ',' or '.' or ';' or ':' or '(' or ')' or '\n' or '«' or '»' or '!' or '?' or '–' || char.IsUpper(c) && !capitals || char.IsDigit(c))
                return lastWordEnd;
            if (c == ' ' && StartsConnective(text.AsSpan(i + 1))) return lastWordEnd;
            if (char.IsLetter(c) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]) && text[i + 1] is not '\'' and not '’' and not '-'))
                lastWordEnd = i + 1;
        }
        return lastWordEnd == end ? end : (limit == text.Length ? lastWordEnd : end);
    }

    private static bool StartsConnective(ReadOnlySpan<char> rest)
    {
        foreach (var word in Connectives)
            if (rest.StartsWith(word, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] Connectives = ["et ", "mais ", "qui ", "car ", "afin ", "alors ", "ou ", "puis ", "donc ", "lorsqu", "quand ", "parce ", "puisqu", "tandis "];

    private static bool CanMerge(string text, Finding a, Finding b)
    {
        if (b.Start <= a.End) return true;
        if (b.Start - a.End > 20) return false;
        var gap = text.AsSpan(a.End, b.Start - a.End);
        return gap.IndexOfAny(".;\n!?") < 0;
    }
}
