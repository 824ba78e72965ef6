namespace OfficeAiGuard.Detection.Validation;

/// <summary>French numéro fiscal (SPI): 13 digits, first 0–3, last three = first ten mod 511.</summary>
public static class TaxNumber
{
    public static bool IsValid(string compact)
    {
        if (compact.Length != 13 || !compact.All(char.IsAsciiDigit)) return false;
        if (compact[0] is not ('0' or '1' or '2' or '3')) return false;
        long head = long.Parse(compact.AsSpan(0, 10));
        int check = int.Parse(compact.AsSpan(10, 3));
        return head % 511 == check;
    }
}
