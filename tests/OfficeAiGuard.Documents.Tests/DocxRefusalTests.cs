using System.IO.Compression;

namespace OfficeAiGuard.Documents.Tests;

public class DocxRefusalTests
{
    [Fact]
    public void Encrypted_or_legacy_files_are_refused()
    {
        var ole = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(ole, 0);
        AssertRefused(ole, DocxRejection.Encrypted);
    }

    [Fact]
    public void Garbage_and_truncated_files_are_refused()
    {
        AssertRefused("ceci n'est pas un docx"u8.ToArray(), DocxRejection.Corrupt);
        AssertRefused([], DocxRejection.Corrupt);
        var docx = TestDocx.Simple("Texte");
        AssertRefused(docx[..(docx.Length / 2)], DocxRejection.Corrupt);
    }

    [Fact]
    public void A_zip_that_is_not_a_word_document_is_refused()
    {
        var zip = Zip(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"u8.ToArray()),
            ("hello.txt", "bonjour"u8.ToArray()));
        var ex = Assert.Throws<DocxRejectedException>(() => DocxInspector.Inspect(new MemoryStream(zip)));
        Assert.True(ex.Reason is DocxRejection.Corrupt or DocxRejection.NotWordDocument, ex.Reason.ToString());
    }

    [Fact]
    public void Oversized_files_are_refused()
    {
        var limits = new DocxLimits { MaxFileBytes = 1024 };
        AssertRefused(TestDocx.Simple(new string('a', 5000) + Guid.NewGuid()), DocxRejection.TooLarge, limits);
    }

    [Fact]
    public void Highly_compressed_entries_are_refused()
    {
        var bomb = Zip(("[Content_Types].xml", "<x/>"u8.ToArray()), ("word/document.xml", new byte[20 * 1024 * 1024]));
        AssertRefused(bomb, DocxRejection.ZipBomb);
    }

    [Fact]
    public void Too_many_entries_or_too_much_data_are_refused()
    {
        var many = Zip(Enumerable.Range(0, 50).Select(i => ($"word/p{i}.xml", "<x/>"u8.ToArray())).ToArray());
        AssertRefused(many, DocxRejection.ZipBomb, new DocxLimits { MaxEntries = 10 });

        var big = Zip(("[Content_Types].xml", "<x/>"u8.ToArray()), ("word/document.xml", new byte[300_000]));
        AssertRefused(big, DocxRejection.ZipBomb, new DocxLimits { MaxUncompressedBytes = 100_000 });
    }

    [Fact]
    public void Xml_with_a_DTD_is_refused_entity_expansion_never_runs()
    {
        var docx = TestDocx.Simple("Texte");
        using var ms = new MemoryStream();
        ms.Write(docx);
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var w = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            w.Write("""<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>""" +
                    """<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>""");
        }
        AssertRefused(ms.ToArray(), DocxRejection.Corrupt);
    }

    private static void AssertRefused(byte[] file, DocxRejection reason, DocxLimits? limits = null)
    {
        var inspect = Assert.Throws<DocxRejectedException>(() => DocxInspector.Inspect(new MemoryStream(file), limits));
        Assert.Equal(reason, inspect.Reason);
        Assert.False(string.IsNullOrWhiteSpace(inspect.Message));

        using var output = new MemoryStream();
        var stamp = Assert.Throws<DocxRejectedException>(() =>
            DocxStamper.Stamp(new MemoryStream(file), output, "Mention", TestDocx.Record(), limits: limits));
        Assert.Equal(reason, stamp.Reason);
        Assert.Equal(0, output.Length);
    }

    private static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                s.Write(content);
            }
        return ms.ToArray();
    }
}
