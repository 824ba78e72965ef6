using System.IO.Compression;

namespace OfficeAiGuard.Documents;

/// <summary>
/// Checks a .docx package before it is opened: size, OLE signature (encrypted files), zip structure,
/// entry count, declared and actual uncompressed sizes, compression ratio. Entries are inflated into
/// a counting sink with hard limits, so headers that lie about sizes are caught too.
/// </summary>
public static class DocxPackageGuard
{
    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>
    /// Reads <paramref name="input"/> (at most <see cref="DocxLimits.MaxFileBytes"/> + 1 bytes) into memory,
    /// checks it, and returns the buffered package positioned at 0.
    /// </summary>
    public static MemoryStream ReadChecked(Stream input, DocxLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        limits ??= DocxLimits.Default;
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = input.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
                throw new DocxRejectedException(DocxRejection.TooLarge,
                    $"Le fichier dépasse la taille maximale acceptée ({limits.MaxFileBytes / (1024 * 1024)} Mo).");
        }
        buffer.Position = 0;
        Check(buffer, limits);
        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Checks a seekable package; leaves the position unspecified.</summary>
    public static void Check(Stream package, DocxLimits? limits = null)
    {
        limits ??= DocxLimits.Default;
        if (package.Length > limits.MaxFileBytes)
            throw new DocxRejectedException(DocxRejection.TooLarge,
                $"Le fichier dépasse la taille maximale acceptée ({limits.MaxFileBytes / (1024 * 1024)} Mo).");

        package.Position = 0;
        var head = new byte[8];
        int n = package.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (n == 8 && head.AsSpan().SequenceEqual(OleSignature))
            throw new DocxRejectedException(DocxRejection.Encrypted,
                "Le document est protégé par mot de passe (chiffré) ou au format Word 97-2003 (.doc) : il ne peut pas être analysé. Retirez la protection ou enregistrez-le au format .docx.");
        if (n < 4 || !head.AsSpan(0, 4).SequenceEqual(ZipSignature))
            throw Corrupt(null);

        package.Position = 0;
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
                throw Bomb($"trop d'éléments dans l'archive ({entries.Count})");

            long declared = 0;
            foreach (var e in entries)
            {
                declared += e.Length;
                if (declared > limits.MaxUncompressedBytes) throw Bomb("taille décompressée excessive");
                if (e.Length > limits.RatioGraceBytes && e.CompressedLength > 0 &&
                    (double)e.Length / e.CompressedLength > limits.MaxCompressionRatio)
                    throw Bomb("taux de compression suspect");
            }

            if (!entries.Any(e => e.FullName == "[Content_Types].xml"))
                throw Corrupt(null);

            // Inflate for real: declared sizes can lie.
            long actual = 0;
            var sink = new byte[81920];
            foreach (var e in entries)
            {
                long entryBytes = 0;
                using var s = e.Open();
                int r;
                while ((r = s.Read(sink, 0, sink.Length)) > 0)
                {
                    entryBytes += r;
                    actual += r;
                    if (actual > limits.MaxUncompressedBytes) throw Bomb("taille décompressée excessive");
                    if (entryBytes > limits.RatioGraceBytes &&
                        (double)entryBytes / Math.Max(1, e.CompressedLength) > limits.MaxCompressionRatio)
                        throw Bomb("taux de compression suspect");
                }
            }
        }
        catch (InvalidDataException ex) { throw Corrupt(ex); }
        catch (IOException ex) when (ex is not FileNotFoundException) { throw Corrupt(ex); }
    }

    private static DocxRejectedException Corrupt(Exception? inner) =>
        new(DocxRejection.Corrupt, "Le fichier est endommagé ou n'est pas un document Word (.docx) valide.", inner);

    private static DocxRejectedException Bomb(string why) =>
        new(DocxRejection.ZipBomb, $"Le fichier est refusé : archive anormale ({why}).");
}
