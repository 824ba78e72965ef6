using System.Security.Cryptography;

namespace OfficeAiGuard.Documents;

/// <summary>What a .docx holds: its text with positions, the stored declaration, whether the mention is there.</summary>
public sealed record DocxInspection(DocxText Text, AiUseRecord? Declaration, bool MentionPresent, string Sha256);

/// <summary>Reads a .docx without modifying it. Refused files raise <see cref="DocxRejectedException"/>.</summary>
public static class DocxInspector
{
    public static DocxInspection Inspect(Stream input, DocxLimits? limits = null)
    {
        using var package = DocxPackageGuard.ReadChecked(input, limits);
        string sha = Convert.ToHexStringLower(SHA256.HashData(package.GetBuffer().AsSpan(0, (int)package.Length)));
        package.Position = 0;
        return DocxOpener.Use(package, editable: false, doc => new DocxInspection(
            DocxTextExtractor.Extract(doc),
            DocxDeclarationProperties.Read(doc),
            DocxMention.Find(doc).Any(),
            sha));
    }
}
