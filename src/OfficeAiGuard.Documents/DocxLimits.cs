namespace OfficeAiGuard.Documents;

/// <summary>Limits checked on a .docx package before the Open XML SDK touches it.</summary>
public sealed record DocxLimits
{
    public static readonly DocxLimits Default = new();

    /// <summary>Largest accepted file, compressed.</summary>
    public long MaxFileBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Most zip entries accepted.</summary>
    public int MaxEntries { get; init; } = 2_000;

    /// <summary>Largest accepted sum of uncompressed entry sizes (declared and actual).</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Largest accepted uncompressed/compressed ratio of one entry (once it is bigger than <see cref="RatioGraceBytes"/>).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries smaller than this (uncompressed) are not subject to the ratio check.</summary>
    public long RatioGraceBytes { get; init; } = 1024 * 1024;
}
