using System.Text;
using OfficeAiGuard.Detection.Normalization;

namespace OfficeAiGuard.Detection.Tests.Normalization;

/// <summary>The vector pre-scan for characters to normalise finds the same first one as a plain scan.</summary>
public class SuspiciousScanTests
{
    private static int Plain(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (TextNormalizer.Map(text[i]) != text[i]) return i;
        return -1;
    }

    [Fact]
    public void TheFirstCharacterToNormaliseIsFoundWherever()
    {
        // Plain letters, accented letters, look-alikes that stay (’ – € « »), and every kind normalised.
        string keep = "abcXYZ 09.,éèàçœÀÉ’–—€«»…°\n";
        string change = "\u00A0\u00AD\u1680\u180E\u2000\u2007\u200A\u200B\u200C\u200D\u2010\u2011\u2012\u2028\u2029\u202F\u205F\u2060\u2212\u3000\uFEFF\uFF01\uFF0B\uFF0D\uFF0E\uFF10\uFF19\uFF20\uFF21\uFF3A\uFF41\uFF5A";
        var r = new Random(3);
        for (int t = 0; t < 2000; t++)
        {
            int length = r.Next(0, 200);
            var sb = new StringBuilder();
            for (int i = 0; i < length; i++) sb.Append(keep[r.Next(keep.Length)]);
            if (t % 4 != 0 && length > 0) sb[r.Next(length)] = change[r.Next(change.Length)];
            string text = sb.ToString();
            Assert.Equal(Plain(text), TextNormalizer.IndexOfSuspicious(text));
        }
    }
}
