namespace OfficeAiGuard.Documents;

/// <summary>What stamping did. <see cref="Record"/> is what was written (with <c>MentionInserted = true</c>).</summary>
public sealed record DocxStampResult(MentionChange Mention, AiUseRecord Record);

/// <summary>
/// Inserts the charter's mention (idempotent) and writes the AI-use declaration into the custom
/// properties. The input is checked and modified in memory; <c>output</c> is written only on success.
/// </summary>
public static class DocxStamper
{
    public static DocxStampResult Stamp(Stream input, Stream output, string mentionText, AiUseRecord record,
        MentionPosition position = MentionPosition.End, DocxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        var written = (record with { MentionInserted = true }).Validated();
        using var package = DocxPackageGuard.ReadChecked(input, limits);
        var change = DocxOpener.Use(package, editable: true, doc =>
        {
            var c = DocxMention.Ensure(doc, mentionText, position);
            DocxDeclarationProperties.Write(doc, written);
            return c;
        });
        package.Position = 0;
        package.CopyTo(output);
        return new DocxStampResult(change, written);
    }
}
