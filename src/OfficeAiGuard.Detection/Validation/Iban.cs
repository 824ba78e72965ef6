namespace OfficeAiGuard.Detection.Validation;

/// <summary>ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1.</summary>
public static class Iban
{
    public static bool IsValid(string compact)
    {
        if (compact.Length is < 15 or > 34) return false;
        if (!char.IsAsciiLetterUpper(compact[0]) || !char.IsAsciiLetterUpper(compact[1])) return false;
        if (!char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3])) return false;
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
