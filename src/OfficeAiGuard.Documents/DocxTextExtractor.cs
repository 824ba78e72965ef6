using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeAiGuard.Documents;

/// <summary>Builds a <see cref="DocxText"/> from an opened document: body, headers, footers, footnotes, endnotes, comments.</summary>
internal static class DocxTextExtractor
{
    public static DocxText Extract(WordprocessingDocument doc)
    {
        var builder = new Builder();
        var main = doc.MainDocumentPart!;
        builder.AddStory(DocxStory.Body, main.Uri.ToString(), main.Document?.Body);
        foreach (var h in main.HeaderParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal))
            builder.AddStory(DocxStory.Header, h.Uri.ToString(), h.Header);
        foreach (var f in main.FooterParts.OrderBy(p => p.Uri.ToString(), StringComparer.Ordinal))
            builder.AddStory(DocxStory.Footer, f.Uri.ToString(), f.Footer);
        if (main.FootnotesPart is { } fn) builder.AddStory(DocxStory.Footnote, fn.Uri.ToString(), fn.Footnotes);
        if (main.EndnotesPart is { } en) builder.AddStory(DocxStory.Endnote, en.Uri.ToString(), en.Endnotes);
        if (main.WordprocessingCommentsPart is { } cp) builder.AddStory(DocxStory.Comment, cp.Uri.ToString(), cp.Comments);
        return builder.Build();
    }

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<DocxTextSegment> _segments = [];

        public void AddStory(DocxStory story, string partUri, OpenXmlElement? root)
        {
            if (root is null) return;
            bool any = false;
            int paragraphIndex = 0;
            foreach (var p in root.Descendants<Paragraph>())
            {
                if (p.Ancestors<AlternateContentFallback>().Any()) continue; // duplicate of the Choice content
                if (IsSeparatorNote(p)) continue;
                if (!any && _text.Length > 0) _text.Append('\n'); // empty line between stories
                any = true;
                int offsetInParagraph = 0;
                foreach (var (piece, deleted) in Pieces(p))
                {
                    _segments.Add(new DocxTextSegment(_text.Length, piece.Length, story, partUri, paragraphIndex, offsetInParagraph, deleted));
                    _text.Append(piece);
                    offsetInParagraph += piece.Length;
                }
                _text.Append('\n');
                paragraphIndex++;
            }
        }

        private static bool IsSeparatorNote(Paragraph p)
        {
            var type = p.Ancestors<Footnote>().FirstOrDefault()?.Type?.Value
                       ?? p.Ancestors<Endnote>().FirstOrDefault()?.Type?.Value;
            return type is not null && type != FootnoteEndnoteValues.Normal;
        }

        public DocxText Build() => new(_text.ToString(), _segments);

        /// <summary>Text pieces of one paragraph, skipping nested paragraphs (text boxes) and fallback markup.</summary>
        private static IEnumerable<(string Text, bool Deleted)> Pieces(OpenXmlElement element)
        {
            foreach (var child in element.ChildElements)
            {
                switch (child)
                {
                    case Paragraph or AlternateContentFallback:
                        continue;
                    case Text t when t.Text.Length > 0:
                        yield return (t.Text, false);
                        break;
                    case DeletedText d when d.Text.Length > 0:
                        yield return (d.Text, true);
                        break;
                    case TabChar or PositionalTab:
                        yield return ("\t", false);
                        break;
                    case Break or CarriageReturn:
                        yield return ("\n", false);
                        break;
                    case NoBreakHyphen:
                        yield return ("-", false);
                        break;
                    case FieldCode or DeletedFieldCode:
                        continue;
                    default:
                        foreach (var piece in Pieces(child)) yield return piece;
                        break;
                }
            }
        }
    }
}
