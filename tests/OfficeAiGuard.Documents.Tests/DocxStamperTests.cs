using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeAiGuard.Documents.Tests;

public class DocxStamperTests
{
    private const string Mention = "Contenu généré avec l'aide de l'IA";

    [Fact]
    public void Stamp_inserts_a_tagged_mention_at_the_end_and_writes_the_declaration()
    {
        var stamped = Stamp(TestDocx.Simple("Premier paragraphe", "Dernier paragraphe"), out var result);
        Assert.Equal(MentionChange.Inserted, result.Mention);
        Assert.True(result.Record.MentionInserted);

        using var doc = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var body = doc.MainDocumentPart!.Document.Body!;
        var sdt = Assert.Single(body.Descendants<SdtBlock>());
        Assert.Equal(DocxMention.Tag, sdt.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value);
        Assert.Equal(Mention, sdt.InnerText);
        // Last block before the section properties.
        Assert.IsType<SectionProperties>(sdt.NextSibling());
        Assert.Empty(new OpenXmlValidator().Validate(doc));

        var inspection = DocxInspector.Inspect(new MemoryStream(stamped));
        Assert.True(inspection.MentionPresent);
        var declaration = Assert.IsType<AiUseRecord>(inspection.Declaration);
        Assert.Equal("copilot", declaration.Tool);
        Assert.Equal("rédaction", declaration.Purpose);
        Assert.Equal("assisted", declaration.Mode);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero), declaration.Date);
        Assert.Equal("u-7f3a", declaration.ReviewerId);
        Assert.Equal("rumilly-ccas@3", declaration.PolicyVersion);
        Assert.True(declaration.ChecklistComplete);
        Assert.True(declaration.MentionInserted);
        Assert.Equal(2, declaration.FindingCounts["EMAIL"]);
        Assert.Equal(1, declaration.FindingCounts["NIR"]);
    }

    [Fact]
    public void Stamping_twice_keeps_one_mention_and_updates_the_declaration()
    {
        var once = Stamp(TestDocx.Simple("Texte"), out _);
        var twice = Stamp(once, out var second, TestDocx.Record("iris"));
        Assert.Equal(MentionChange.AlreadyPresent, second.Mention);

        using var doc = WordprocessingDocument.Open(new MemoryStream(twice), false);
        Assert.Single(DocxMention.Find(doc));
        var names = doc.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>()
            .Select(p => p.Name!.Value).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.Equal("iris", DocxDeclarationProperties.Read(doc)!.Tool);
    }

    [Fact]
    public void A_changed_mention_text_updates_the_control_in_place()
    {
        var once = Stamp(TestDocx.Simple("Texte"), out _);
        using var output = new MemoryStream();
        var result = DocxStamper.Stamp(new MemoryStream(once), output, "Ce message a été généré avec l'aide d'un outil IA", TestDocx.Record());
        Assert.Equal(MentionChange.Updated, result.Mention);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.Equal("Ce message a été généré avec l'aide d'un outil IA", Assert.Single(DocxMention.Find(doc)).InnerText);
    }

    [Fact]
    public void Mention_can_go_first()
    {
        using var output = new MemoryStream();
        DocxStamper.Stamp(new MemoryStream(TestDocx.Simple("Texte")), output, Mention, TestDocx.Record(), MentionPosition.Start);
        using var doc = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        Assert.IsType<SdtBlock>(doc.MainDocumentPart!.Document.Body!.FirstChild);
    }

    [Fact]
    public void Other_custom_properties_are_kept_and_ids_stay_unique()
    {
        var source = TestDocx.WithCustomProperty(TestDocx.Simple("Texte"), "Service", "Urbanisme");
        var stamped = Stamp(source, out _);
        using var doc = WordprocessingDocument.Open(new MemoryStream(stamped), false);
        var props = doc.CustomFilePropertiesPart!.Properties.Elements<DocumentFormat.OpenXml.CustomProperties.CustomDocumentProperty>().ToList();
        Assert.Contains(props, p => p.Name == "Service" && p.InnerText == "Urbanisme");
        var ids = props.Select(p => p.PropertyId!.Value).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.All(ids, id => Assert.True(id >= 2));
        Assert.All(props, p => Assert.True(p.InnerText.Length <= 255));
    }

    [Fact]
    public void Values_too_long_for_Word_are_refused_and_nothing_is_written()
    {
        using var output = new MemoryStream();
        var record = TestDocx.Record(new string('x', 300));
        Assert.Throws<ArgumentException>(() =>
            DocxStamper.Stamp(new MemoryStream(TestDocx.Simple("Texte")), output, Mention, record));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Disclosure_header_puts_the_tool_first_and_escapes_values()
    {
        var header = TestDocx.Record().ToDisclosureHeader();
        Assert.StartsWith("tool=copilot; purpose=r%C3%A9daction; mode=assisted; date=2026-11-20T09:30:00Z", header);
        Assert.Contains("reviewed-by=u-7f3a", header);
        Assert.Contains("findings=3", header);
        Assert.All(header, c => Assert.InRange(c, ' ', '~'));
    }

    private static byte[] Stamp(byte[] input, out DocxStampResult result, AiUseRecord? record = null)
    {
        using var output = new MemoryStream();
        result = DocxStamper.Stamp(new MemoryStream(input), output, Mention, record ?? TestDocx.Record());
        return output.ToArray();
    }
}

public class DocxMentionTests
{
    [Fact]
    public void A_mention_typed_by_hand_is_tagged_not_duplicated()
    {
        var source = TestDocx.Simple("Rapport", "Contenu généré avec l\u2019aide de l\u2019IA");
        using var output = new MemoryStream();
        var result = DocxStamper.Stamp(new MemoryStream(source), output, "contenu généré avec l'aide de l'IA", TestDocx.Record());
        Assert.Equal(MentionChange.Tagged, result.Mention);

        using var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
        var sdt = Assert.Single(DocxMention.Find(doc));
        Assert.Equal("Contenu généré avec l\u2019aide de l\u2019IA", sdt.InnerText);
        Assert.Equal(2, doc.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Count());
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(doc));
    }

    [Theory]
    [InlineData("… Contenu  généré avec l’aide\nde l’IA.", true)]
    [InlineData("CONTENU GÉNÉRÉ AVEC L'AIDE DE L'IA", true)]
    [InlineData("contenu généré sans IA", false)]
    public void Typed_mentions_are_matched_loosely(string text, bool expected) =>
        Assert.Equal(expected, MentionText.Contains(text, MentionText.Default));
}
