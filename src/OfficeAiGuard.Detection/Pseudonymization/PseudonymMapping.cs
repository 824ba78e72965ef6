namespace OfficeAiGuard.Detection.Pseudonymization;

/// <summary>One placeholder and the original text it stands for.</summary>
public sealed record PseudonymEntry(string Placeholder, string Category, string Value);

/// <summary>
/// The placeholders of one pseudonymised text. It holds the original values: keep it on the
/// agent's side (never send it to the AI tool) and drop it once the answer is restored.
/// </summary>
public sealed record PseudonymMapping(IReadOnlyList<PseudonymEntry> Entries)
{
    public static readonly PseudonymMapping Empty = new([]);

    /// <summary>Value of a placeholder given in canonical form (upper case, no brackets: "PERSONNE_1_NOM").</summary>
    public string? ValueOf(string canonicalKey)
    {
        foreach (var e in Entries)
            if (string.Equals(e.Placeholder.Trim('[', ']'), canonicalKey, StringComparison.OrdinalIgnoreCase)) return e.Value;
        return null;
    }
}

/// <summary>A pseudonymised text and the mapping that restores it.</summary>
public sealed record PseudonymizationResult(string Text, PseudonymMapping Mapping);
