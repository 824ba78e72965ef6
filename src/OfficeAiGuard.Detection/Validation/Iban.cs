namespace OfficeAiGuard.Detection.Validation;

/// <summary>
/// ISO 13616 IBAN check: the country's length and BBAN structure, then mod 97 = 1 after moving the
/// first four characters to the end; French and Monegasque IBANs must also carry a valid RIB key.
/// </summary>
public static class Iban
{
    /// <param name="compact">Separators removed, upper case.</param>
    public static bool IsValid(string compact)
    {
        if (compact.Length is < 15 or > 34) return false;
        if (!char.IsAsciiLetterUpper(compact[0]) || !char.IsAsciiLetterUpper(compact[1])) return false;
        if (!char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])) return false;
        string country = compact[..2];
        if (!IbanFormats.MatchesBban(country, compact.AsSpan(4))) return false;
        if (!Mod97IsOne(compact)) return false;
        if (country is "FR" or "MC") return Rib.IsValid(compact.AsSpan(4));
        return true;
    }

    public static int LengthOf(ReadOnlySpan<char> country) => IbanFormats.LengthOf(country);

    private static bool Mod97IsOne(string compact)
    {
        int remainder = 0;
        for (int i = 0; i < compact.Length; i++)
        {
            char c = compact[(i + 4) % compact.Length];
            if (char.IsAsciiDigit(c)) remainder = (remainder * 10 + (c - '0')) % 97;
            else if (char.IsAsciiLetterUpper(c)) remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }
        return remainder == 1;
    }
}
