using OfficeAiGuard.Detection.Normalization;

namespace OfficeAiGuard.Detection.Tests.Normalization;

public class TextNormalizerTests
{
    [Fact]
    public void PlainTextIsKeptAsIs()
    {
        var n = TextNormalizer.Normalize("Bonjour Mme Martin.");
        Assert.True(n.IsIdentity);
        Assert.Equal("Bonjour Mme Martin.", n.Text);
    }

    [Fact]
    public void ExoticSpacesZeroWidthAndFullWidthAreNormalised()
    {
        string original = "06\u00A012\u202F34\u200B56\uFF17\uFF18 \u2212";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("06 12 345678 -", n.Text);
    }

    [Fact]
    public void OffsetsMapBackToTheOriginal()
    {
        string original = "NIR\u00A0: 1\u200B96";
        var n = TextNormalizer.Normalize(original);
        int start = n.Text.IndexOf('1');
        int end = n.Text.Length;
        Assert.Equal("1\u200B96", original[n.ToOriginalStart(start)..n.ToOriginalEnd(end)]);
    }
}
