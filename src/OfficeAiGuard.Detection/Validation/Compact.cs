namespace OfficeAiGuard.Detection.Validation;

/// <summary>Strips the separators people put between digit groups (space, dot, dash, slash).</summary>
public static class Compact
{
    public static string Strip(ReadOnlySpan<char> value, bool upper = false)
    {
        Span<char> buffer = value.Length <= 128 ? stackalloc char[value.Length] : new char[value.Length];
        int n = 0;
        foreach (char c in value)
        {
            if (c is ' ' or '.' or '-' or '/' or '\t') continue;
            buffer[n++] = upper ? char.ToUpperInvariant(c) : c;
        }
        return new string(buffer[..n]);
    }

    public static int CountDigits(ReadOnlySpan<char> value)
    {
        int n = 0;
        foreach (char c in value) if (char.IsAsciiDigit(c)) n++;
        return n;
    }
}
