namespace OfficeAiGuard.Detection.Validation;

/// <summary>
/// NIR (numéro de sécurité sociale, also the INS): 13 characters and a 2-digit key,
/// key = 97 − (number mod 97), with Corsica's 2A → 19 and 2B → 18 before the computation.
/// </summary>
public static class Nir
{
    /// <param name="compact">15 characters, separators removed.</param>
    public static bool IsValid(string compact)
    {
        if (compact.Length != 15) return false;
        if (compact[0] is not ('1' or '2' or '3' or '4' or '7' or '8')) return false;
        string body = compact[..13];
        string dept = body.Substring(5, 2);
        if (dept == "2A") body = body[..5] + "19" + body[7..];
        else if (dept == "2B") body = body[..5] + "18" + body[7..];
        if (!body.All(char.IsAsciiDigit) || !compact[13..].All(char.IsAsciiDigit)) return false;
        int month = int.Parse(body.AsSpan(3, 2));
        if (month is 0 or (> 12 and < 20)) return false;
        long number = long.Parse(body);
        int key = int.Parse(compact.AsSpan(13, 2));
        return key == 97 - (int)(number % 97);
    }
}
