namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// A recognizer finds one kind of sensitive data (Presidio's "recognizer"): a primary element
/// (pattern and checksum, lexicon or name cue), supporting and negative evidence, an explanation.
/// </summary>
public interface IRecognizer
{
    /// <summary>Stable name, reported with each finding so a result can be explained.</summary>
    string Name { get; }

    /// <summary>The categories this recognizer can report.</summary>
    IReadOnlyCollection<string> Categories { get; }

    IEnumerable<Finding> Analyze(AnalysisContext context);
}
