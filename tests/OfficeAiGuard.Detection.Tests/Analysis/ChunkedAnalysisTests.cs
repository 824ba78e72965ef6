using System.Text;
using System.Text.Json.Nodes;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Analysis;

/// <summary>
/// A large text is analysed chunk by chunk: its findings must be exactly those of the text analysed
/// in one piece. The chunks are made small here (a few hundred characters to a few thousand) so that
/// chunk borders fall everywhere, including between a keyword and its value, inside an address, next
/// to zero-width characters and between the lines of CRLF text.
/// </summary>
public class ChunkedAnalysisTests
{
    private static readonly AnalyzerEngine Whole = new() { ChunkingThreshold = int.MaxValue };

    private static AnalyzerEngine Chunked(int size) => new() { ChunkSize = size, ChunkingThreshold = 0 };

    private static List<string> Describe(IEnumerable<Finding> findings, string text) =>
        findings.Select(f => $"{f.Category} {f.Start}-{f.End} {f.Confidence} {f.Recognizer} [{string.Join(" | ", f.Evidence)}] «{text[f.Start..f.End]}»").ToList();

    private static void SameAsWhole(string text, int chunkSize)
    {
        var expected = Describe(Whole.Analyze(text), text);
        var actual = Describe(Chunked(chunkSize).Analyze(text), text);
        Assert.True(expected.SequenceEqual(actual),
            $"chunk size {chunkSize}: only whole: {string.Join("; ", expected.Except(actual))}; only chunked: {string.Join("; ", actual.Except(expected))}");
    }

    private static readonly string[] Filler =
    [
        "Le conseil municipal a adopté le budget primitif lors de sa séance, après un débat sur les investissements.",
        "La commission des affaires scolaires se réunira en salle du conseil pour examiner la carte scolaire.",
        "Les travaux de voirie de la rue principale débuteront au printemps ; une déviation sera mise en place.",
        "Merci de transmettre vos propositions avant vendredi afin que la note puisse être présentée au bureau.",
    ];

    private static string Paragraphs(int count, int seed)
    {
        var r = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++) sb.Append(Filler[r.Next(Filler.Length)]).Append(' ').Append(Filler[r.Next(Filler.Length)]).Append("\n\n");
        return sb.ToString();
    }

    /// <summary>A draft whose sensitive values need context from the line above, or from far away.</summary>
    private static string Draft() => string.Concat(
    [
        "Objet : suivi des dossiers\n\nLe dossier Esteves est complet ; Esteves a été reçu en mairie.\n\n",
        "Mme Sophie MARTIN a déposé sa demande le 3 mars.\n\n",
        Paragraphs(6, 1),
        "Numéro de sécurité sociale :\n1 96 06 974 54 041 14\n\n",
        Paragraphs(3, 2),
        "N° allocataire CAF :\n9603082\n\n",
        "Coordonnées bancaires, IBAN :\nFR76 3000 6000 0112 3456 7890 189\n\n",
        Paragraphs(4, 3),
        "Elle est domiciliée 12 rue des Lilas\n74150 Rumilly et joignable au 06 12 34 56 78.\n\n",
        "Liste des participants :\n- Arnaud Karim\n- 19/01/1936\n\n",
        "Mme Josiane LACOSTE\nest en arrêt maladie depuis le 2 mai.\n\n",
        Paragraphs(2, 6),
        // Evidence a few lines away: a keyword within 80 characters before the value, a value within
        // 50 characters after its keyword, a person's name within 300 characters before a health term.
        "Règlement par carte bancaire\n(ticket joint)\n(copie remise à l'agent)\n4970 1012 3456 7893\n\n",
        "Son numéro d'allocataire CAF\n(copie)\n(voir la pièce jointe)\n9603082\n\n",
        "M. Karim BENALI\nObjet : situation du foyer\nRappel des éléments transmis par le service\nsuivi en psychiatrie depuis janvier.\n\n",
        Paragraphs(5, 4),
        "Martin a rappelé le service ; le dossier de Mme Martin sera revu.\n\n",
        "Bien cordialement,\n\nJosiane\n\n",
        Paragraphs(4, 5),
        "M. Paulo ESTEVES, né le 12/03/1985, sera reçu mardi.\n",
    ]);

    /// <summary>The same draft without blank lines: chunks then end at single line breaks.</summary>
    private static string Lines(string text) => text.Replace("\n\n", "\n");

    private static string WithCrlf(string text) => text.Replace("\n", "\r\n");

    /// <summary>Zero-width spaces and soft hyphens inside words and values, non-breaking spaces for some spaces.</summary>
    private static string WithInvisibles(string text)
    {
        var r = new Random(9);
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            if (c == ' ' && r.Next(8) == 0) { sb.Append('\u00A0'); continue; }
            sb.Append(c);
            int k = r.Next(12);
            if (k == 0) sb.Append('\u200B');
            else if (k == 1 && char.IsLetter(c)) sb.Append('\u00AD');
        }
        return sb.ToString();
    }

    [Fact]
    public void ChunkBordersAnywhereGiveTheFindingsOfTheWholeText()
    {
        foreach (var draft in new[] { Draft(), Lines(Draft()) })
            foreach (var text in new[] { draft, WithCrlf(draft), WithInvisibles(draft), WithCrlf(WithInvisibles(draft)) })
                for (int size = 120; size < 3000; size += 41)
                    SameAsWhole(text, size);
    }

    [Fact]
    public void ABorderBetweenAKeywordAndItsValueChangesNothing()
    {
        // For each keyword and value on consecutive lines, the chunk sizes that put a border right
        // between them (the sweep above may step over them), in LF, CRLF and with invisible characters.
        foreach (var original in new[] { Lines(Draft()), WithCrlf(Lines(Draft())), WithInvisibles(Lines(Draft())) })
        {
            string normalized = Detection.Normalization.TextNormalizer.Normalize(original).Text;
            foreach (var (keyword, value) in new[]
                     {
                         ("sécurité sociale", "1 96 06"), ("allocataire CAF", "9603082"), ("IBAN", "FR76 3000"),
                         ("12 rue des Lilas", "74150 Rumilly"), ("- Arnaud Karim", "- 19/01/1936"), ("Josiane LACOSTE", "arrêt maladie"),
                         ("Bien cordialement,", "Josiane"), ("carte bancaire", "4970 1012"), ("Son numéro d'allocataire", "9603082"),
                         ("Karim BENALI", "psychiatrie"),
                     })
            {
                int k = normalized.IndexOf(keyword, StringComparison.Ordinal), v = normalized.IndexOf(value, k, StringComparison.Ordinal);
                Assert.True(k >= 0 && v > k, $"«{keyword}» then «{value}» in the draft");
                var sizes = Enumerable.Range(120, 3000).Where(size => TextChunker.Split(normalized, size).Any(c => c.CoreEnd > k && c.CoreEnd <= v)).Take(3).ToList();
                Assert.True(sizes.Count > 0, $"no chunk size puts a border between «{keyword}» and «{value}»");
                foreach (int size in sizes) SameAsWhole(original, size);
            }
        }
    }

    [Fact]
    public void ANameIntroducedEarlyIsFoundAloneChunksLater()
    {
        string text = Draft();
        var engine = Chunked(700);
        Assert.True(TextChunker.Split(text, 700).Count > 5);
        var names = engine.Analyze(text).Where(f => f.Category == Categories.PersonName).Select(f => (f.Start, text[f.Start..f.End])).ToList();
        int late = text.IndexOf("Martin a rappelé", StringComparison.Ordinal);
        Assert.Contains((late, "Martin"), names);
        Assert.Contains((text.IndexOf("Mme Martin", StringComparison.Ordinal) + 4, "Martin"), names);
    }

    [Fact]
    public void ANameIntroducedLateIsFoundAloneChunksBefore()
    {
        // "Esteves" is only known as a name from "M. Paulo ESTEVES" at the end: the first chunk is analysed again.
        string text = Draft();
        var names = Chunked(700).Analyze(text).Where(f => f.Category == Categories.PersonName).Select(f => (f.Start, text[f.Start..f.End])).ToList();
        Assert.Contains((text.IndexOf("Esteves", StringComparison.Ordinal), "Esteves"), names);
        Assert.Contains((text.IndexOf("Esteves a été", StringComparison.Ordinal), "Esteves"), names);
    }

    [Fact]
    public void ATextOfIndependentPartsHasTheFindingsOfItsPartsAnalysedAlone()
    {
        // Parts that share no name: the findings of the whole are those of each part, moved by its offset.
        string[] parts =
        [
            "Mme Josiane LACOSTE, née le 12/03/1985, NIR 1 96 06 974 54 041 14.\n\n" + Paragraphs(30, 11),
            "M. Karim BENALI est joignable au 06 12 34 56 78 ; IBAN FR76 3000 6000 0112 3456 7890 189.\n\n" + Paragraphs(30, 12),
            "N° allocataire CAF :\n9603082\n\nLe véhicule immatriculé AB-123-CD est stationné devant la mairie.\n\n" + Paragraphs(30, 13),
        ];
        var expected = new List<string>();
        int offset = 0;
        foreach (var part in parts)
        {
            expected.AddRange(Whole.Analyze(part).Select(f => $"{f.Category} {f.Start + offset}-{f.End + offset} {f.Confidence}"));
            offset += part.Length;
        }
        string text = string.Concat(parts);
        var actual = Chunked(1000).Analyze(text).Select(f => $"{f.Category} {f.Start}-{f.End} {f.Confidence}").ToList();
        Assert.True(TextChunker.Split(text, 1000).Count > 10);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void TheDevCorpusInOneLargeTextGivesTheSameFindingsInChunks()
    {
        var texts = File.ReadLines(Path.Combine(RepoPaths.SharedDetection, "corpus.dev.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l)!["text"]!.GetValue<string>()).ToList();
        var r = new Random(5);
        string[] separators = ["\n\n", "\n", " ", "\n\n\n"];
        var sb = new StringBuilder();
        foreach (var t in texts.OrderBy(_ => r.Next())) sb.Append(t).Append(separators[r.Next(separators.Length)]);
        string text = sb.ToString();
        foreach (int size in new[] { 900, 4000 })
        {
            SameAsWhole(text, size);
            SameAsWhole(WithCrlf(text), size);
        }
        SameAsWhole(WithInvisibles(text), 2500);
    }

    [Fact]
    public void TextsWithoutLineBreaksOrOfBlankLinesAreStillAnalysed()
    {
        string oneLine = Draft().Replace('\n', ' ');
        SameAsWhole(oneLine, 500);
        string blanks = "Mme Sophie MARTIN\n" + new string('\n', 5000) + "Martin a rappelé.\n" + new string(' ', 3000) + "\nJosiane\n";
        SameAsWhole(blanks, 300);
        // A first name alone on its line is a signature after a closing line, however many blank lines
        // stand between them, or on the last line of the text, however many blank lines follow it.
        string signatures = "Bises,\n" + new string('\n', 3000) + "Awa\n\nLe dossier est transmis.\nNadia\n" + new string('\n', 3000)
            + "Suite du texte.\n\nÀ bientôt.\nChloé\n" + new string('\n', 3000);
        var names = Whole.Analyze(signatures).Where(f => f.Category == Categories.PersonName).Select(f => signatures[f.Start..f.End]);
        Assert.Equal(["Awa", "Chloé"], names);
        foreach (int size in new[] { 300, 1000, 2900 }) SameAsWhole(signatures, size);
        // A town line after its postcode is no name, however many blank lines stand between them; a
        // chunk that does not see the postcode must not learn "Garnier" as a name for the whole text.
        string town = "Cedex 74000\n" + new string('\n', 3000) + "Sophie Garnier\n\n" + Paragraphs(20, 7) + "Le dossier Garnier est complet.\n";
        Assert.DoesNotContain(Whole.Analyze(town), f => f.Category == Categories.PersonName);
        foreach (int size in new[] { 300, 1000, 2900 }) SameAsWhole(town, size);
    }

    [Fact]
    public void OneEngineAnalysesLargeTextsOnSeveralThreadsAtOnce()
    {
        // Pooled arrays and the names learned over a text are per call: concurrent calls do not mix them.
        var texts = Enumerable.Range(0, 6).Select(i => WithInvisibles(new Benchmarks.SampleTextGenerator(20 + i).Text(150_000)) + Draft()).ToArray();
        var engine = Chunked(4000);
        var expected = texts.Select(t => Describe(engine.Analyze(t), t)).ToArray();
        Parallel.For(0, texts.Length * 3, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            int i = k % texts.Length;
            Assert.Equal(expected[i], Describe(engine.Analyze(texts[i]), texts[i]));
        });
    }

    [Fact]
    public void LargeTextsAreAnalysedInChunksByDefault()
    {
        // The default engine chunks texts above its threshold: the generated benchmark text must give the same findings.
        string text = new Benchmarks.SampleTextGenerator(3).Text(AnalyzerEngine.DefaultChunkingThreshold * 3);
        var expected = Describe(Whole.Analyze(text), text);
        Assert.Equal(expected, Describe(Detect.Engine.Analyze(text), text));
    }
}
