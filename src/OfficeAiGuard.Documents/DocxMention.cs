using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeAiGuard.Documents;

/// <summary>Where the mention goes when it is not in the document yet.</summary>
public enum MentionPosition { End, Start }

/// <summary>
/// The charter's mention as a content control tagged <see cref="Tag"/> (the Word task pane uses the
/// same tag with <c>insertContentControl</c>), so it is found, updated and never inserted twice.
/// </summary>
public static class DocxMention
{
    public const string Tag = "oaig-ai-mention";
    public const string Title = "Mention IA";

    /// <summary>Tagged mention controls in the body, headers and footers.</summary>
    public static IEnumerable<SdtElement> Find(WordprocessingDocument doc)
    {
        var main = doc.MainDocumentPart;
        if (main is null) yield break;
        IEnumerable<OpenXmlElement?> roots = [main.Document?.Body, .. main.HeaderParts.Select(h => h.Header), .. main.FooterParts.Select(f => f.Footer)];
        foreach (var root in roots)
        {
            if (root is null) continue;
            foreach (var sdt in root.Descendants<SdtElement>())
                if (sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value == Tag) yield return sdt;
        }
    }

    /// <summary>Inserts the mention, or updates the existing control's text. Returns what changed.</summary>
    public static MentionChange Ensure(WordprocessingDocument doc, string mentionText, MentionPosition position)
    {
        if (string.IsNullOrWhiteSpace(mentionText)) throw new ArgumentException("Le texte de la mention est vide.", nameof(mentionText));
        var body = doc.MainDocumentPart?.Document?.Body
                   ?? throw new DocxRejectedException(DocxRejection.NotWordDocument, "Le fichier n'est pas un document Word (.docx).");
        var existing = Find(doc).FirstOrDefault();
        if (existing is not null)
        {
            if (Normalize(existing.InnerText) == Normalize(mentionText)) return MentionChange.AlreadyPresent;
            switch (existing)
            {
                case SdtBlock block:
                    var content = block.SdtContentBlock ?? block.AppendChild(new SdtContentBlock());
                    content.RemoveAllChildren();
                    content.AppendChild(MentionParagraph(mentionText));
                    break;
                case SdtRun run:
                    var runContent = run.SdtContentRun ?? run.AppendChild(new SdtContentRun());
                    runContent.RemoveAllChildren();
                    runContent.AppendChild(MentionRun(mentionText));
                    break;
                default:
                    existing.RemoveAllChildren<SdtContentBlock>();
                    existing.AppendChild(new SdtContentBlock(MentionParagraph(mentionText)));
                    break;
            }
            return MentionChange.Updated;
        }

        // Typed by hand (or inserted before the tag existed): tag that paragraph instead of adding a second mention.
        var typed = body.Elements<Paragraph>().FirstOrDefault(p => MentionText.Contains(p.InnerText, mentionText));
        if (typed is not null)
        {
            var wrapper = Control(new SdtContentBlock());
            body.ReplaceChild(wrapper, typed);
            wrapper.SdtContentBlock!.AppendChild(typed);
            return MentionChange.Tagged;
        }

        var control = Control(new SdtContentBlock(MentionParagraph(mentionText)));
        if (position == MentionPosition.Start)
            body.PrependChild(control);
        else if (body.LastChild is SectionProperties sectPr)
            body.InsertBefore(control, sectPr);
        else
            body.AppendChild(control);
        return MentionChange.Inserted;
    }

    private static SdtBlock Control(SdtContentBlock content) => new(
        new SdtProperties(
            new SdtAlias { Val = Title },
            new Tag { Val = Tag },
            new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked }),
        content);

    private static Paragraph MentionParagraph(string text) => new(MentionRun(text));

    private static Run MentionRun(string text) =>
        new(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    private static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public enum MentionChange
{
    /// <summary>A new tagged paragraph holds the mention.</summary>
    Inserted,
    /// <summary>The tagged control's text was replaced (the charter's wording changed).</summary>
    Updated,
    /// <summary>A paragraph already holding the mention text was wrapped in the tagged control.</summary>
    Tagged,
    /// <summary>Nothing changed.</summary>
    AlreadyPresent,
}
