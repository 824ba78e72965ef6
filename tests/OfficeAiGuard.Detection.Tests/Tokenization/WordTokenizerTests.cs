using System.Text;
using System.Text.Json.Nodes;
using OfficeAiGuard.Detection.Tests.Support;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Tests.Tokenization;

/// <summary>
/// The tokenizer reads words from bit masks built 64 characters at a time: it must give exactly
/// the words of the plain character-by-character reading below, at every block boundary.
/// </summary>
public class WordTokenizerTests
{
    /// <summary>The reference: one character at a time.</summary>
    private static List<WordToken> Reference(string text)
    {
        var tokens = new List<WordToken>();
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsLetter(c))
            {
                int start = i;
                bool anyLower = IsLower(c);
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (IsLetter(d)) { anyLower |= IsLower(d); i++; continue; }
                    if ((d is '-' or '\'' or '’') && i + 1 < n && IsLetter(text[i + 1]))
                    {
                        if (d != '-' && i - start == 1 && (IsLower(text[start]) || IsLower(text[i + 1])))
                        {
                            start = i + 1;
                            anyLower = false;
                        }
                        // "qu'Adam", "lorsqu'Inès": a lower-case word ending in "qu" elided before a capital.
                        else if (d != '-' && i - start >= 2 && i - start < 8 && text[start] is 'q' or 'l' or 'p' or 'j'
                                 && text[i - 2] == 'q' && text[i - 1] == 'u'
                                 && char.IsUpper(text[i + 1]) && AllLower(text, start, i))
                        {
                            start = i + 1;
                            anyLower = false;
                        }
                        i++;
                        continue;
                    }
                    break;
                }
                char first = text[start];
                int length = i - start;
                var shape = !char.IsUpper(first) ? (anyLower ? WordShape.Lower : WordShape.Other)
                    : !anyLower ? (length >= 2 ? WordShape.Upper : WordShape.Capitalized) : WordShape.Capitalized;
                tokens.Add(new WordToken(start, i, shape));
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < n && char.IsAsciiDigit(text[i])) i++;
                tokens.Add(new WordToken(start, i, WordShape.Number));
            }
            else i++;
        }
        return tokens;
    }

    private static bool AllLower(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!IsLower(text[k])) return false;
        return true;
    }

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);

    private static void SameAsReference(string text)
    {
        var expected = Reference(text);
        var actual = WordTokenizer.Tokenize(text).AsSpan().ToArray();
        Assert.True(expected.SequenceEqual(actual), $"tokens differ for «{text}»");
    }

    [Fact]
    public void TheDevCorpusAndTheBenchmarkTextGiveTheReferenceWords()
    {
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.SharedDetection, "corpus.dev.jsonl")))
            if (!string.IsNullOrWhiteSpace(line)) SameAsReference(JsonNode.Parse(line)!["text"]!.GetValue<string>());
        SameAsReference(new Benchmarks.SampleTextGenerator(4).Text(200_000));
    }

    [Fact]
    public void RandomTextsOfTrickyCharactersGiveTheReferenceWords()
    {
        // Letters of both cases, accented and other scripts, letters neither upper nor lower case,
        // hyphens and apostrophes (elisions), digits of other scripts, symbols, surrogate pairs.
        string alphabet = "aeilsxzAEILSXZéèàçÉÈÀÇœŒßıİǅʰ中ДдΩω-'’ -'’ 0123456789٣०.,;:!?\n\r\t\u00A0€«»@_/()\uD83D\uDE00";
        var r = new Random(17);
        for (int t = 0; t < 3000; t++)
        {
            int length = r.Next(0, t % 10 == 0 ? 400 : 140);
            var sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) sb.Append(alphabet[r.Next(alphabet.Length)]);
            SameAsReference(sb.ToString());
        }
    }

    [Fact]
    public void WordsAcrossEveryBlockBoundaryGiveTheReferenceWords()
    {
        string[] words = ["l'école", "d'Alsace", "L'agent", "N'Diaye", "D'ALMEIDA", "Jean-Marc", "qu'il", "aujourd’hui", "l’Été", "O'Brien", "MARTIN", "x-", "-y", "a'", "12345", "A1b2", "l'l'a"];
        for (int offset = 50; offset < 140; offset++)
            foreach (var w in words)
                SameAsReference(new string('a', offset) + " " + w + " " + w + "," + w);
    }
}
