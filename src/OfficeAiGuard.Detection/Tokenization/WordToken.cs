namespace OfficeAiGuard.Detection.Tokenization;

/// <summary>A word of the normalised text: letters with inner hyphens or apostrophes ("Jean-Marc", "N'Diaye"), or a number.</summary>
public readonly record struct WordToken(int Start, int End, WordShape Shape)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    /// <summary>Capitalised ("Martin") or upper case ("MARTIN"): what a name looks like.</summary>
    public bool IsNameShaped => Shape is WordShape.Capitalized or WordShape.Upper;
}

public enum WordShape : byte
{
    Lower,
    Capitalized,
    Upper,
    Number,
    Other,
}
