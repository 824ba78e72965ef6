namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// One piece of a large text analysed on its own: the recognizers run on
/// [<see cref="ContextStart"/>, <see cref="ContextEnd"/>) and the findings that start in the core
/// [<see cref="CoreStart"/>, <see cref="CoreEnd"/>) are kept. Person names found in
/// [<see cref="TrustedStart"/>, <see cref="TrustedEnd"/>) are the ones the whole text gives (see <see cref="TextChunker"/>).
/// </summary>
internal readonly record struct TextChunk(int ContextStart, int CoreStart, int CoreEnd, int ContextEnd, int TrustedStart, int TrustedEnd)
{
    public int ContextLength => ContextEnd - ContextStart;
}

/// <summary>
/// Cuts a large normalised text into cores at line starts (after a blank line when there is one),
/// each analysed with a margin of whole lines on both sides. Every boundary is a line start, and no
/// match of a scanned pattern, no word, no name and no sentence window crosses a line break, so a
/// chunk reads the same lines as the whole text; the margins hold the windows that do cross lines
/// (keywords before a value, up to 80 characters; values after a keyword, up to 100; person names
/// up to 400 characters before a sensitive term) and end where a non-blank line still follows, so
/// "the last line of the text" and "the line above" mean the same in a chunk as in the whole text.
/// </summary>
internal static class TextChunker
{
    /// <summary>Characters of a core: with its margins a chunk stays below the large object heap's 85,000 bytes.</summary>
    public const int DefaultCoreSize = 32 * 1024;

    /// <summary>Margin of context on each side of a core, before it is extended to whole lines.</summary>
    public const int ContextMargin = 640;

    /// <summary>
    /// Names are exact within this distance of the core: the lines there have their whole line
    /// above and a non-blank line after them inside the chunk.
    /// </summary>
    public const int TrustedMargin = 440;

    public static List<TextChunk> Split(string text, int coreSize)
    {
        var chunks = new List<TextChunk>(text.Length / coreSize + 1);
        int n = text.Length;
        int start = 0;
        while (start < n)
        {
            int end = start + coreSize + coreSize / 4 >= n ? n : CoreEnd(text, start + coreSize / 2, start + coreSize);
            int contextStart = 0, trustedStart = 0;
            if (start > 0)
            {
                trustedStart = LineStartAtOrBefore(text, start - TrustedMargin);
                contextStart = LineStartAtOrBefore(text, Math.Min(trustedStart, start - ContextMargin));
                // The first non-blank line of a chunk lacks the line above it: keep it out of the trusted lines.
                while (contextStart > 0 && text.AsSpan(contextStart, trustedStart - contextStart).IsWhiteSpace())
                    contextStart = LineStartAtOrBefore(text, contextStart - 1);
            }
            int contextEnd = n, trustedEnd = n;
            if (end < n)
            {
                trustedEnd = LineStartAtOrAfter(text, end + TrustedMargin);
                contextEnd = LineStartAtOrAfter(text, Math.Max(trustedEnd, end + ContextMargin));
                // A non-blank line must follow the trusted lines, as it does in the whole text.
                while (contextEnd < n && text.AsSpan(trustedEnd, contextEnd - trustedEnd).IsWhiteSpace())
                    contextEnd = LineStartAtOrAfter(text, contextEnd + 1);
            }
            chunks.Add(new TextChunk(contextStart, start, end, contextEnd, trustedStart, trustedEnd));
            start = end;
        }
        return chunks;
    }

    /// <summary>The line start in (from, to] that follows a blank line, else the last line start there, else the first after.</summary>
    private static int CoreEnd(string text, int from, int to)
    {
        var window = text.AsSpan(from, to - from);
        int blank = window.LastIndexOf("\n\n");
        if (blank >= 0) return from + blank + 2;
        blank = window.LastIndexOf("\n\r\n");
        if (blank >= 0) return from + blank + 3;
        int line = window.LastIndexOf('\n');
        if (line >= 0) return from + line + 1;
        int next = text.IndexOf('\n', to);
        return next < 0 ? text.Length : next + 1;
    }

    /// <summary>The start of the line holding <paramref name="index"/> (0 before the text).</summary>
    private static int LineStartAtOrBefore(string text, int index) =>
        index <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1) + 1;

    /// <summary>The first line start at or after <paramref name="index"/> (the text's length when none).</summary>
    private static int LineStartAtOrAfter(string text, int index)
    {
        if (index >= text.Length) return text.Length;
        if (index > 0 && text[index - 1] == '\n') return index;
        int next = text.IndexOf('\n', index);
        return next < 0 ? text.Length : next + 1;
    }
}
