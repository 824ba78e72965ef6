namespace OfficeAiGuard.Detection.Validation;

/// <summary>SIREN (9 digits) and SIRET (14 digits): Luhn, with La Poste's digit-sum rule for its establishments.</summary>
public static class Siren
{
    private const string LaPoste = "356000000";

    public static bool IsValidSiren(string compact) =>
        compact.Length == 9 && compact.All(char.IsAsciiDigit) && Luhn.IsValid(compact);

    public static bool IsValidSiret(string compact)
    {
        if (compact.Length != 14 || !compact.All(char.IsAsciiDigit)) return false;
        if (compact.StartsWith(LaPoste, StringComparison.Ordinal) && compact != "35600000000048")
            return compact.Sum(c => c - '0') % 5 == 0;
        return Luhn.IsValid(compact) && Luhn.IsValid(compact.AsSpan(0, 9));
    }
}
