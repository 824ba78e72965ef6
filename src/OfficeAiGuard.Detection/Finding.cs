namespace OfficeAiGuard.Detection;

/// <summary>
/// One piece of sensitive data found in a text. <see cref="Start"/> and <see cref="End"/> are
/// UTF-16 indices into the original (not normalised) text, end exclusive.
/// The finding never leaves the process with its value: callers get the span and decide.
/// </summary>
public sealed record Finding(
    string Category,
    int Start,
    int End,
    Confidence Confidence,
    string Recognizer,
    IReadOnlyList<string> Evidence,
    string Explanation)
{
    public int Length => End - Start;

    public bool Overlaps(Finding other) => Start < other.End && other.Start < End;
}
