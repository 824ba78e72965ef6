using OfficeAiGuard.Detection.Normalization;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// The text under analysis, shared by all recognizers of one run. Recognizers match on
/// <see cref="Text"/> (normalised) and report spans in its coordinates; the engine maps them back
/// to the original text.
/// </summary>
public sealed class AnalysisContext
{
    public AnalysisContext(string text) : this(TextNormalizer.Normalize(text)) { }

    public AnalysisContext(NormalizedText normalized) => Normalized = normalized;

    public NormalizedText Normalized { get; }

    /// <summary>The normalised text.</summary>
    public string Text => Normalized.Text;

    private PooledList<WordToken>? _words;

    /// <summary>The words of <see cref="Text"/>, computed once and shared by the recognizers that need them.</summary>
    public PooledList<WordToken> Words => _words ??= WordTokenizer.Tokenize(Text);

    /// <summary>Person names found in this text, computed once (lexicon recognizers use them as person anchors).</summary>
    internal IReadOnlyList<Finding>? PersonNames { get; set; }

    /// <summary>
    /// When this context is a chunk of a larger text: the names learned over the whole text so far,
    /// shared by its chunks (null: the names of this text alone).
    /// </summary>
    internal KnownNames? SharedNames { get; init; }

    /// <summary>The part of a chunk whose names are the whole text's: names found there are learned into <see cref="SharedNames"/>.</summary>
    internal int TrustedStart { get; init; }

    internal int TrustedEnd { get; init; } = int.MaxValue;

    /// <summary><see cref="SharedNames"/>' count when this chunk's names were propagated.</summary>
    internal int NamesKnownWhenPropagated { get; set; }

    private PooledList<(int Position, int Mask)>? _triggerHits;

    /// <summary>
    /// Word starts where a keyword-driven recognizer may match, with the mask of
    /// <see cref="Context.TriggerWords"/> vocabularies found there: one pass shared by all of them.
    /// </summary>
    public PooledList<(int Position, int Mask)> TriggerHits => _triggerHits ??= Context.TriggerWords.Scan(this, out _hitsByVocabulary);

    private PooledList<int>?[]? _hitsByVocabulary;

    /// <summary>The positions of <see cref="TriggerHits"/> where vocabulary <paramref name="vocabulary"/> may start, in order.</summary>
    public PooledList<int> TriggerHitsOf(int vocabulary)
    {
        _ = TriggerHits;
        return _hitsByVocabulary![vocabulary] ?? PooledList<int>.Empty;
    }

    /// <summary>Returns the rented arrays of the words and trigger hits: the context must not be used afterwards.</summary>
    internal void Release()
    {
        _words?.Release();
        _triggerHits?.Release();
        if (_hitsByVocabulary is not null)
            foreach (var hits in _hitsByVocabulary) hits?.Release();
    }
}
