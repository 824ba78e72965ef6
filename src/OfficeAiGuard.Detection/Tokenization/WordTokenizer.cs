using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Detection.Tokenization;

/// <summary>
/// Splits a text into <see cref="WordToken"/>s in one pass. A lower-case elision is split off
/// ("l'école" gives "école"), a name's is kept ("N'Diaye", "D'ALMEIDA").
/// </summary>
public static class WordTokenizer
{
    public static PooledList<WordToken> Tokenize(string text)
    {
        var tokens = new PooledList<WordToken>(text.Length / 5);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (IsLetter(c))
            {
                int start = i;
                // The shape is read in the same pass: first letter's case and whether any letter is lower case.
                bool anyLower = IsLower(c);
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (IsLetter(d)) { anyLower |= IsLower(d); i++; continue; }
                    if ((d is '-' or '\'' or '’') && i + 1 < n && IsLetter(text[i + 1]))
                    {
                        // Elision: "l'école", "d'Alsace", "L'agent" → drop the elided article.
                        if (d != '-' && i - start == 1 && (IsLower(text[start]) || IsLower(text[i + 1])))
                        {
                            start = i + 1;
                            anyLower = false; // the loop reads the letters after the elision again
                        }
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(new WordToken(start, i, ShapeOf(text[start], i - start, anyLower)));
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

    private static WordShape ShapeOf(char first, int length, bool anyLower)
    {
        if (!char.IsUpper(first)) return anyLower ? WordShape.Lower : WordShape.Other;
        if (!anyLower) return length >= 2 ? WordShape.Upper : WordShape.Capitalized;
        return WordShape.Capitalized;
    }

    private static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    private static bool IsLower(char c) => c < 128 ? char.IsAsciiLetterLower(c) : char.IsLower(c);
}
