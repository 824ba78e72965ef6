namespace OfficeAiGuard.Detection.Normalization;

/// <summary>
/// A text after <see cref="TextNormalizer"/>, with the map from each of its characters back to the
/// original text, so findings made on the normalised text are reported on the original.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _map;

    internal NormalizedText(string original, string text, int[]? map)
    {
        Original = original;
        Text = text;
        _map = map;
    }

    public string Original { get; }

    /// <summary>The normalised text recognizers match on.</summary>
    public string Text { get; }

    /// <summary>True when normalisation changed nothing (the common case: identity map).</summary>
    public bool IsIdentity => _map is null;

    /// <summary>Original index of the character at normalised index <paramref name="start"/>.</summary>
    public int ToOriginalStart(int start) =>
        _map is null ? start : start >= Text.Length ? Original.Length : _map[start];

    /// <summary>Original exclusive end for a normalised exclusive end.</summary>
    public int ToOriginalEnd(int end) =>
        _map is null ? end : end <= 0 ? 0 : _map[end - 1] + 1;
}
