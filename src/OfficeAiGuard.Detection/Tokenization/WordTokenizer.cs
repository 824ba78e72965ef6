namespace OfficeAiGuard.Detection.Tokenization;

/// <summary>
/// Splits a text into <see cref="WordToken"/>s in one pass. A lower-case elision is split off
/// ("l'école" gives "école"), a name's is kept ("N'Diaye", "D'ALMEIDA").
/// </summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 6);
        int i = 0, n = text.Length;
        while (i < n)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int start = i;
                i++;
                while (i < n)
                {
                    char d = text[i];
                    if (char.IsLetter(d)) { i++; continue; }
                    if ((d is '-' or '\'' or '’') && i + 1 < n && char.IsLetter(text[i + 1]))
                    {
                        // Elision: "l'école", "d'Alsace", "L'agent" → drop the elided article.
                        if (d != '-' && i - start == 1 && (char.IsLower(text[start]) || char.IsLower(text[i + 1])))
                        {
                            start = i + 1;
                        }
                        i++;
                        continue;
                    }
                    break;
                }
                tokens.Add(new WordToken(start, i, ShapeOf(text.AsSpan(start, i - start))));
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

    private static WordShape ShapeOf(ReadOnlySpan<char> word)
    {
        bool anyLower = false;
        foreach (char c in word)
        {
            if (char.IsLower(c)) { anyLower = true; break; }
        }
        if (!char.IsUpper(word[0])) return anyLower ? WordShape.Lower : WordShape.Other;
        if (!anyLower) return word.Length >= 2 ? WordShape.Upper : WordShape.Capitalized;
        return WordShape.Capitalized;
    }
}
