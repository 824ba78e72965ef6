using System.Text.RegularExpressions;
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
    protected abstract Regex Terms { get; }
    protected abstract string Explanation { get; }

    public IReadOnlyCollection<string> Categories => [Category];

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        foreach (Match m in Terms.Matches(text))
        {
            string? cue = PersonProximity.FindCue(text, m.Index, m.Index + m.Length);
            if (cue is null) continue;
            yield return new Finding(Category, m.Index, m.Index + m.Length, Confidence.High, Name,
                [m.Value.ToLowerInvariant(), cue], Explanation);
        }
    }
}
