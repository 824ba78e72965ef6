using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeAiGuard.Documents;

/// <summary>Opens a checked package with the Open XML SDK, turning its failures into <see cref="DocxRejectedException"/>.</summary>
internal static class DocxOpener
{
    public static T Use<T>(MemoryStream package, bool editable, Func<WordprocessingDocument, T> action)
    {
        try
        {
            using var doc = WordprocessingDocument.Open(package, editable);
            if (doc.MainDocumentPart?.Document?.Body is null)
                throw new DocxRejectedException(DocxRejection.NotWordDocument, "Le fichier n'est pas un document Word (.docx).");
            return action(doc);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or XmlException or InvalidDataException
                                       or FileFormatException or InvalidOperationException)
        {
            throw new DocxRejectedException(DocxRejection.Corrupt,
                "Le fichier est endommagé ou n'est pas un document Word (.docx) valide.", ex);
        }
    }
}
