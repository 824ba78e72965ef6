using System.Diagnostics;
using OfficeAiGuard.Detection.Normalization;
using OfficeAiGuard.Detection.Recognizers;
using OfficeAiGuard.Detection.Lexicons;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// Runs every registered recognizer on the normalised text, resolves overlaps, maps spans back to
/// the original text and applies the tenant allow-list. Thread-safe: one engine serves all requests.
/// A large text is analysed chunk by chunk (<see cref="TextChunker"/>) with the same findings as in
/// one piece: the working set of each chunk stays in the processor's caches.
/// </summary>
public sealed class AnalyzerEngine
{
    /// <summary>Texts up to this length are analysed in one piece.</summary>
    internal const int DefaultChunkingThreshold = 48 * 1024;

    /// <summary>Computes the person names of each chunk (the lexicon and date recognizers use the same default lexicon).</summary>
    private static readonly PersonNameRecognizer Names = new();

    private readonly AllowList _allowList;
    private readonly bool _usesNames;

    public AnalyzerEngine() : this(RecognizerRegistry.CreateDefault(), AnalyzerOptions.Default) { }

    public AnalyzerEngine(AnalyzerOptions options) : this(RecognizerRegistry.CreateDefault(), options) { }

    public AnalyzerEngine(RecognizerRegistry registry, AnalyzerOptions? options = null)
    {
        Registry = registry;
        Options = options ?? AnalyzerOptions.Default;
        _allowList = new AllowList(Options.AllowList);
        _usesNames = registry.Recognizers.Any(r => r is PersonNameRecognizer or DateOfBirthRecognizer or SensitiveLexiconRecognizer);
    }

    public RecognizerRegistry Registry { get; }

    public AnalyzerOptions Options { get; }

    /// <summary>Size of the cores of the chunks (tests make it small to put many chunk borders in a text).</summary>
    internal int ChunkSize { get; init; } = TextChunker.DefaultCoreSize;

    /// <summary>Normalised texts longer than this are analysed in chunks (<see cref="int.MaxValue"/>: never).</summary>
    internal int ChunkingThreshold { get; init; } = DefaultChunkingThreshold;

    /// <summary>
    /// For <see cref="Benchmarks.RecognizerProfile"/>: told the time (in <see cref="Stopwatch"/> ticks) each
    /// stage took, stage by stage and chunk by chunk (null, the default: nothing is timed).
    /// </summary>
    internal Action<string, long>? StageTimer { get; init; }

    private void Lap(ref long clock, string stage)
    {
        if (StageTimer is null) return;
        long now = Stopwatch.GetTimestamp();
        StageTimer(stage, now - clock);
        clock = now;
    }

    public IReadOnlyList<Finding> Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long clock = StageTimer is null ? 0 : Stopwatch.GetTimestamp();
        var normalized = TextNormalizer.Normalize(text);
        Lap(ref clock, "normalisation");
        List<int>? offsets = null;
        var raw = normalized.Text.Length > ChunkingThreshold
            ? AnalyzeInChunks(normalized.Text, out offsets, ref clock)
            : Run(new AnalysisContext(normalized), 0, int.MaxValue, null, ref clock);
        var kept = OverlapResolver.Keep(raw, offsets);
        var findings = new List<Finding>(kept.Length);
        foreach (int index in kept)
        {
            var f = raw[index];
            int offset = offsets?[index] ?? 0;
            findings.Add(offset == 0 && normalized.IsIdentity ? f : f with
            {
                Start = normalized.ToOriginalStart(f.Start + offset),
                End = normalized.ToOriginalEnd(f.End + offset),
            });
        }
        Lap(ref clock, "overlaps");
        return findings;
    }

    /// <summary>
    /// The findings of the recognizers on <paramref name="context"/> that start in [coreStart, coreEnd)
    /// of its text, in the registry's order; <paramref name="ends"/>, when given, receives the end of
    /// each recognizer's findings in the list.
    /// </summary>
    private List<Finding> Run(AnalysisContext context, int coreStart, int coreEnd, int[]? ends, ref long clock)
    {
        var raw = new List<Finding>();
        try
        {
            if (StageTimer is not null)
            {
                _ = context.Words;
                Lap(ref clock, "tokenisation");
                _ = context.TriggerHits;
                Lap(ref clock, "trigger pass");
            }
            for (int r = 0; r < Registry.Recognizers.Count; r++)
            {
                foreach (var f in Registry.Recognizers[r].Analyze(context))
                {
                    if (f.Start < coreStart || f.Start >= coreEnd) continue;
                    if (f.Confidence < Options.MinimumConfidence) continue;
                    if (!_allowList.IsEmpty && _allowList.Allows(context.Text.AsSpan(f.Start, f.Length))) continue;
                    raw.Add(f);
                }
                if (ends is not null) ends[r] = raw.Count;
                Lap(ref clock, Registry.Recognizers[r].Name);
            }
        }
        finally
        {
            context.Release(); // the words' and trigger hits' arrays go back to the pool
        }
        return raw;
    }

    /// <summary>
    /// Analyses each chunk on its own, with the person names learned over the whole text: a name
    /// introduced in one chunk ("Mme Sophie MARTIN") is found alone in every other ("Martin").
    /// Chunks are analysed in order with the names learned so far; a chunk that looked up in vain a
    /// word learned as a name later (as far as a filter of its misses tells: sometimes one more chunk
    /// than needed, never one less) is analysed again once all names are known.
    /// </summary>
    /// <param name="offsets">For each finding, the start of its chunk in <paramref name="text"/>: its span is in the chunk's coordinates.</param>
    private List<Finding> AnalyzeInChunks(string text, out List<int> offsets, ref long clock)
    {
        var chunks = TextChunker.Split(text, ChunkSize);
        var names = new KnownNames();
        var found = new List<Finding>[chunks.Count];
        var ends = new int[chunks.Count][];
        var misses = new WordFilter?[chunks.Count];
        var namesKnown = new int[chunks.Count];
        for (int c = 0; c < chunks.Count; c++)
        {
            var context = ChunkContext(text, chunks[c], names);
            Lap(ref clock, "chunking");
            if (StageTimer is not null)
            {
                _ = context.Words;
                Lap(ref clock, "tokenisation");
            }
            if (_usesNames)
            {
                var missed = new WordFilter();
                names.RecordMisses(missed);
                Names.NamesOf(context);
                names.RecordMisses(null);
                misses[c] = missed;
                namesKnown[c] = context.NamesKnownWhenPropagated;
                Lap(ref clock, "person names");
            }
            found[c] = Run(context, chunks[c].CoreStart - chunks[c].ContextStart, chunks[c].CoreEnd - chunks[c].ContextStart,
                ends[c] = new int[Registry.Recognizers.Count], ref clock);
        }
        for (int c = 0; c < chunks.Count; c++)
        {
            if (misses[c] is { } missed && namesKnown[c] < names.Count && names.AnyLearnedSince(namesKnown[c], missed))
            {
                var context = ChunkContext(text, chunks[c], names);
                found[c] = Run(context, chunks[c].CoreStart - chunks[c].ContextStart, chunks[c].CoreEnd - chunks[c].ContextStart, ends[c], ref clock);
            }
        }
        var all = InRegistryOrder(chunks, found, ends, out offsets);
        Lap(ref clock, "chunking");
        return all;
    }

    private static AnalysisContext ChunkContext(string text, TextChunk chunk, KnownNames names)
    {
        string part = text.Substring(chunk.ContextStart, chunk.ContextLength);
        return new AnalysisContext(new NormalizedText(part, part, null))
        {
            SharedNames = names,
            TrustedStart = chunk.TrustedStart - chunk.ContextStart,
            TrustedEnd = chunk.TrustedEnd - chunk.ContextStart,
        };
    }

    /// <summary>
    /// The chunks' findings as the whole text's run lists them: recognizer by recognizer (each
    /// chunk's list is in registry order), then chunk by chunk. Overlaps between equals are resolved
    /// by this order.
    /// </summary>
    private static List<Finding> InRegistryOrder(List<TextChunk> chunks, List<Finding>[] found, int[][] ends, out List<int> offsets)
    {
        int total = 0;
        foreach (var list in found) total += list.Count;
        var all = new List<Finding>(total);
        offsets = new List<int>(total);
        int recognizers = ends.Length == 0 ? 0 : ends[0].Length;
        for (int r = 0; r < recognizers; r++)
        {
            for (int c = 0; c < found.Length; c++)
            {
                int from = r == 0 ? 0 : ends[c][r - 1];
                for (int i = from; i < ends[c][r]; i++)
                {
                    all.Add(found[c][i]);
                    offsets.Add(chunks[c].ContextStart);
                }
            }
        }
        return all;
    }
}
