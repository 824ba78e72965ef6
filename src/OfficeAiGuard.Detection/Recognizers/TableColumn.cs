namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Tables pasted into drafts and prompts (CSV with ";" or ",", tab-separated, Markdown with "|"): the
/// header cell around a word, and the cells of its column in the rows below, up to a blank line or a
/// line without the separator.
/// </summary>
internal static class TableColumn
{
    /// <summary>The separator of a table line: "|", tab, ";" or ",", in that order of preference; '\0' when none.</summary>
    public static char SeparatorOf(ReadOnlySpan<char> line) =>
        line.Contains('|') ? '|' : line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : line.Contains(',') ? ',' : '\0';

    /// <summary>The cell holding <paramref name="position"/> on its line (empty when the line has no separator).</summary>
    public static ReadOnlySpan<char> CellAround(string text, int position)
    {
        int lineStart = LineStart(text, position);
        var line = text.AsSpan(lineStart, LineEnd(text, position) - lineStart);
        char separator = SeparatorOf(line);
        if (separator == '\0') return [];
        int offset = position - lineStart;
        int from = line[..offset].LastIndexOf(separator) + 1;
        int to = line[offset..].IndexOf(separator);
        return line[from..(to < 0 ? line.Length : offset + to)];
    }

    /// <summary>The trimmed cells (start, end) of the column whose header holds <paramref name="position"/>.</summary>
    public static List<(int Start, int End)> CellsBelow(string text, int position)
    {
        var cells = new List<(int, int)>();
        int lineStart = LineStart(text, position), headerEnd = LineEnd(text, position);
        var header = text.AsSpan(lineStart, headerEnd - lineStart);
        char separator = SeparatorOf(header);
        if (separator == '\0' || headerEnd >= text.Length) return cells;
        int column = header[..(position - lineStart)].Count(separator);
        for (int row = headerEnd + 1; row < text.Length;)
        {
            int rowEnd = text.IndexOf('\n', row);
            if (rowEnd < 0) rowEnd = text.Length;
            var line = text.AsSpan(row, rowEnd - row);
            if (line.IsWhiteSpace() || !line.Contains(separator)) break;
            int k = 0;
            foreach (var range in line.Split(separator))
            {
                if (k++ != column) continue;
                var (offset, length) = range.GetOffsetAndLength(line.Length);
                var cell = line.Slice(offset, length);
                int lead = cell.Length - cell.TrimStart().Length;
                int trimmed = cell.Trim().Length;
                if (trimmed > 0) cells.Add((row + offset + lead, row + offset + lead + trimmed));
                break;
            }
            row = rowEnd + 1;
        }
        return cells;
    }

    private static int LineStart(string text, int position) => position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    private static int LineEnd(string text, int position)
    {
        int end = text.IndexOf('\n', position);
        return end < 0 ? text.Length : end;
    }
}
