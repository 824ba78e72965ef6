using System.Buffers.Binary;
using System.IO.Compression;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeAiGuard.Documents.Tests;

public class DocxEdgeCaseTests
{
    private const string TextBoxParagraph = """
        <w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
             xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
             xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
             xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
             xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
             xmlns:v="urn:schemas-microsoft-com:vml">
          <w:r><w:t xml:space="preserve">Avant </w:t></w:r>
          <w:r>
            <mc:AlternateContent>
              <mc:Choice Requires="wps">
                <w:drawing>
                  <wp:inline>
                    <wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Zone de texte"/>
                    <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
                      <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Texte encadré 06 12 34 56 78</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
                    </a:graphicData></a:graphic>
                  </wp:inline>
                </w:drawing>
              </mc:Choice>
              <mc:Fallback>
                <w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>Texte encadré 06 12 34 56 78</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict>
              </mc:Fallback>
            </mc:AlternateContent>
          </w:r>
          <w:r><w:t xml:space="preserve">après</w:t></w:r>
        </w:p>
        """;

    [Fact]
    public void Text_box_content_is_extracted_once_despite_the_VML_fallback()
    {
        var docx = TestDocx.Build(body => body.AppendChild(new Paragraph(TextBoxParagraph)));
        var text = DocxInspector.Inspect(new MemoryStream(docx)).Text;

        Assert.Equal(1, CountOf(text.Text, "Texte encadré"));
        Assert.Contains("Avant après\n", text.Text);
        var boxed = text.Locate(text.Text.IndexOf("Texte encadré", StringComparison.Ordinal), text.Text.IndexOf("Texte encadré", StringComparison.Ordinal) + 1).Single();
        Assert.Equal(1, boxed.ParagraphIndex); // the text box paragraph counts on its own
        Assert.Equal(0, boxed.OffsetInParagraph);
    }

    [Fact]
    public void Entries_whose_headers_understate_their_size_are_caught_while_inflating()
    {
        // 3 MB of zeros declared as 1,000 bytes: the declared ratio looks harmless, the real one is not.
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var s = zip.CreateEntry("[Content_Types].xml").Open()) s.Write("<x/>"u8);
            using (var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open()) s.Write(new byte[3 * 1024 * 1024]);
        }
        var bytes = ms.ToArray();
        Assert.True(PatchUncompressedSize(bytes, "word/document.xml", 1000) == 2, "local and central headers patched");

        var ex = Assert.Throws<DocxRejectedException>(() => DocxInspector.Inspect(new MemoryStream(bytes)));
        Assert.True(ex.Reason is DocxRejection.ZipBomb or DocxRejection.Corrupt, ex.Reason.ToString());
    }

    private static int CountOf(string text, string needle)
    {
        int count = 0, i = 0;
        while ((i = text.IndexOf(needle, i, StringComparison.Ordinal)) >= 0) { count++; i += needle.Length; }
        return count;
    }

    /// <summary>Rewrites the uncompressed size in the local file header and the central directory record of one entry.</summary>
    private static int PatchUncompressedSize(byte[] zip, string name, uint size)
    {
        int patched = 0;
        var nameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        for (int i = 0; i + 46 < zip.Length; i++)
        {
            uint sig = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (sig == 0x04034b50 && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes) &&
                BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 26)) == nameBytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (sig == 0x02014b50 && zip.AsSpan(i + 46, nameBytes.Length).SequenceEqual(nameBytes) &&
                     BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + 28)) == nameBytes.Length)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                patched++;
            }
        }
        return patched;
    }
}
