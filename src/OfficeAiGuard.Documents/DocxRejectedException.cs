namespace OfficeAiGuard.Documents;

public enum DocxRejection
{
    /// <summary>Larger than <see cref="DocxLimits.MaxFileBytes"/>.</summary>
    TooLarge,
    /// <summary>An OLE compound file: a password-protected (encrypted) .docx, or a legacy .doc.</summary>
    Encrypted,
    /// <summary>Not a zip package, a truncated one, or an Open XML package the SDK cannot read.</summary>
    Corrupt,
    /// <summary>Too many entries, too much uncompressed data or a suspicious compression ratio.</summary>
    ZipBomb,
    /// <summary>A valid package that is not a Word document (no main document part).</summary>
    NotWordDocument,
}

/// <summary>
/// A .docx the library refuses to read or modify. <see cref="Exception.Message"/> is in French and
/// safe to show to the user (it never contains document content); nothing was written.
/// </summary>
public sealed class DocxRejectedException(DocxRejection reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public DocxRejection Reason { get; } = reason;
}
