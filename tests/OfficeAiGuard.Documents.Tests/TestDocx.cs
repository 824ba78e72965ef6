using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.VariantTypes;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeAiGuard.Documents.Tests;

/// <summary>Builds real .docx files in memory with the Open XML SDK.</summary>
internal static class TestDocx
{
    public static byte[] Simple(params string[] paragraphs) => Build(body =>
    {
        foreach (var p in paragraphs) body.AppendChild(Para(p));
    });

    public static byte[] Build(Action<Body> fillBody, Action<MainDocumentPart>? extra = null)
    {
        using var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            fillBody(body);
            body.AppendChild(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }));
            extra?.Invoke(main);
            main.Document.Save();
        }
        return ms.ToArray();
    }

    /// <summary>Body, table, header, footer, footnote, comment, tracked deletion.</summary>
    public static byte[] Rich() => Build(body =>
    {
        body.AppendChild(Para("Objet : demande de logement"));
        body.AppendChild(new Paragraph(
            new Run(new Text("Contact : ")),
            new Run(new Text("jean.dupont@example.fr")),
            new Run(new TabChar(), new Text("fin")),
            new DeletedRun(new Run(new DeletedText("ancien texte"))) { Author = "x", Id = "1" }));
        body.AppendChild(new Table(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableGrid(new GridColumn { Width = "4000" }, new GridColumn { Width = "4000" }),
            new TableRow(
                new TableCell(Para("Cellule A1")),
                new TableCell(Para("IBAN FR76 3000 6000 0112 3456 7890 189")))));
        body.AppendChild(new Paragraph(
            new Run(new Text("Voir la note")),
            new Run(new FootnoteReference { Id = 1 }),
            new CommentRangeStart { Id = "0" },
            new Run(new Text(" commentée")),
            new CommentRangeEnd { Id = "0" },
            new Run(new CommentReference { Id = "0" })));
    }, main =>
    {
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Para("En-tête : Mairie de Rumilly"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(Para("Pied de page : confidentiel"));
        var sectPr = main.Document.Body!.GetFirstChild<SectionProperties>()!;
        sectPr.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        sectPr.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        var notes = main.AddNewPart<FootnotesPart>();
        notes.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 },
            new Footnote(Para("Note : téléphone 06 12 34 56 78")) { Id = 1 });
        var comments = main.AddNewPart<WordprocessingCommentsPart>();
        comments.Comments = new Comments(new Comment(Para("Commentaire : vérifier le NIR")) { Id = "0", Author = "Relecteur", Initials = "R" });
    });

    public static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static byte[] WithCustomProperty(byte[] docx, string name, string value)
    {
        using var ms = new MemoryStream();
        ms.Write(docx);
        ms.Position = 0;
        using (var doc = WordprocessingDocument.Open(ms, true))
        {
            var part = doc.CustomFilePropertiesPart ?? doc.AddCustomFilePropertiesPart();
            part.Properties ??= new Properties();
            part.Properties.AppendChild(new CustomDocumentProperty(new VTLPWSTR(value))
            {
                FormatId = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}", PropertyId = 2, Name = name,
            });
            part.Properties.Save();
        }
        return ms.ToArray();
    }

    public static AiUseRecord Record(string tool = "copilot") => new()
    {
        Tool = tool,
        Purpose = "rédaction",
        Mode = "assisted",
        Date = new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero),
        ReviewerId = "u-7f3a",
        PolicyVersion = "rumilly-ccas@3",
        ChecklistComplete = true,
        FindingCounts = new Dictionary<string, int> { ["EMAIL"] = 2, ["NIR"] = 1 },
    };
}
