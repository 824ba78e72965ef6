namespace OfficeAiGuard.Documents.Tests;

public class DocxInspectorTests
{
    [Fact]
    public void Extracts_every_story_with_positions_that_map_back()
    {
        var inspection = DocxInspector.Inspect(new MemoryStream(TestDocx.Rich()));
        var text = inspection.Text;

        foreach (var expected in new[]
                 {
                     "Objet : demande de logement", "jean.dupont@example.fr", "Cellule A1",
                     "IBAN FR76 3000 6000 0112 3456 7890 189", "En-tête : Mairie de Rumilly",
                     "Pied de page : confidentiel", "Note : téléphone 06 12 34 56 78", "Commentaire : vérifier le NIR",
                 })
            Assert.Contains(expected, text.Text);

        // Every segment is exactly the piece of text it claims.
        Assert.All(text.Segments, s => Assert.InRange(s.End, s.Start, text.Text.Length));
        Assert.Equal(text.Segments.OrderBy(s => s.Start), text.Segments);

        Assert.Equal(DocxStory.Body, StoryOf(text, "jean.dupont@example.fr"));
        Assert.Equal(DocxStory.Body, StoryOf(text, "IBAN FR76"));
        Assert.Equal(DocxStory.Header, StoryOf(text, "Mairie de Rumilly"));
        Assert.Equal(DocxStory.Footer, StoryOf(text, "confidentiel"));
        Assert.Equal(DocxStory.Footnote, StoryOf(text, "06 12 34 56 78"));
        Assert.Equal(DocxStory.Comment, StoryOf(text, "vérifier le NIR"));
    }

    [Fact]
    public void Segment_offsets_locate_the_paragraph_and_the_offset_in_it()
    {
        var text = DocxInspector.Inspect(new MemoryStream(TestDocx.Rich())).Text;
        int start = text.Text.IndexOf("jean.dupont", StringComparison.Ordinal);
        var segment = Assert.Single(text.Locate(start, start + "jean.dupont@example.fr".Length));
        Assert.Equal(1, segment.ParagraphIndex);
        Assert.Equal("Contact : ".Length, segment.OffsetInParagraph);
        Assert.Equal("/word/document.xml", segment.PartUri);
        Assert.Equal("jean.dupont@example.fr", text.Text.Substring(segment.Start, segment.Length));

        // The tab between runs is part of the paragraph's text.
        Assert.Contains("jean.dupont@example.fr\tfin", text.Text);
    }

    [Fact]
    public void Tracked_deletions_are_scanned_and_flagged()
    {
        var text = DocxInspector.Inspect(new MemoryStream(TestDocx.Rich())).Text;
        var deleted = Assert.Single(text.Segments, s => s.Deleted);
        Assert.Equal("ancien texte", text.Text.Substring(deleted.Start, deleted.Length));
    }

    [Fact]
    public void Separator_footnotes_add_no_text()
    {
        var text = DocxInspector.Inspect(new MemoryStream(TestDocx.Rich())).Text;
        var notes = text.Segments.Where(s => s.Story == DocxStory.Footnote).ToList();
        Assert.Equal(["Note : téléphone 06 12 34 56 78"], notes.Select(s => text.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void A_plain_document_has_no_declaration_and_no_mention()
    {
        var inspection = DocxInspector.Inspect(new MemoryStream(TestDocx.Simple("Bonjour")));
        Assert.Null(inspection.Declaration);
        Assert.False(inspection.MentionPresent);
        Assert.Equal("Bonjour\n", inspection.Text.Text);
        Assert.Matches("^[0-9a-f]{64}$", inspection.Sha256);
    }

    private static DocxStory? StoryOf(DocxText text, string needle) =>
        text.StoryAt(text.Text.IndexOf(needle, StringComparison.Ordinal));
}
