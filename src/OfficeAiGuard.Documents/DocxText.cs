namespace OfficeAiGuard.Documents;

/// <summary>Where a piece of a document's text lives.</summary>
public enum DocxStory { Body, Header, Footer, Footnote, Endnote, Comment }

/// <summary>
/// One text element of the document mapped into <see cref="DocxText.Text"/>: [Start, Start+Length).
/// <see cref="ParagraphIndex"/> counts paragraphs of the part in document order (text boxes included),
/// <see cref="OffsetInParagraph"/> is the offset of this element in that paragraph's text.
/// <see cref="Deleted"/> marks tracked-change deletions: still in the file, so still scanned.
/// </summary>
public sealed record DocxTextSegment(
    int Start,
    int Length,
    DocxStory Story,
    string PartUri,
    int ParagraphIndex,
    int OffsetInParagraph,
    bool Deleted)
{
    public int End => Start + Length;
}

/// <summary>
/// The text of a .docx as one string (each paragraph ends with '\n', stories separated by an empty
/// line) and the map from its offsets back to parts and paragraphs.
/// </summary>
public sealed class DocxText(string text, IReadOnlyList<DocxTextSegment> segments)
{
    public string Text { get; } = text;

    /// <summary>Segments in text order, not overlapping. Separators ('\n', '\t' from tabs) have their own segments only when they come from the document.</summary>
    public IReadOnlyList<DocxTextSegment> Segments { get; } = segments;

    /// <summary>The segments that overlap [start, end).</summary>
    public IReadOnlyList<DocxTextSegment> Locate(int start, int end)
    {
        if (start < 0 || end < start || end > Text.Length) throw new ArgumentOutOfRangeException(nameof(start));
        // Binary search for the first segment ending after start.
        int lo = 0, hi = Segments.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Segments[mid].End <= start) lo = mid + 1; else hi = mid;
        }
        var result = new List<DocxTextSegment>();
        for (int i = lo; i < Segments.Count && Segments[i].Start < Math.Max(end, start + 1); i++)
            result.Add(Segments[i]);
        return result;
    }

    /// <summary>The story a span starts in, or null when it falls on a separator.</summary>
    public DocxStory? StoryAt(int offset) => Locate(offset, Math.Min(offset + 1, Text.Length)).FirstOrDefault()?.Story;
}
