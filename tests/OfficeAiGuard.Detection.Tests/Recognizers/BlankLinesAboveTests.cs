using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Recognizers;

public class BlankLinesAboveTests
{
    [Fact]
    public void AFirstNameAloneAfterOnlyBlankLinesIsNoSignatureAndDoesNotThrow()
    {
        // The signature rule looked for the line above past the start of the text (and threw).
        Detect.NotFound("\n\nJosiane\n\nSuite du texte.", Categories.PersonName);
        Detect.NotFound("\r\n\r\nJosiane\r\n\r\nSuite du texte.", Categories.PersonName);
    }
}
