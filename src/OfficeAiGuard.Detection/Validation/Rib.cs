namespace OfficeAiGuard.Detection.Validation;

/// <summary>
/// French RIB key (bank 5 · branch 5 · account 11 · key 2): 97 − ((89·bank + 15·branch + 3·account) mod 97),
/// letters of the account mapped A,J→1 … I,R,Z→9.
/// </summary>
public static class Rib
{
    public static bool IsValid(ReadOnlySpan<char> bban)
    {
        if (bban.Length != 23) return false;
        long remainder = 0;
        // 89·bank + 15·branch + 3·account + key ≡ 0 (mod 97) when the key is right.
        remainder = (remainder + 89 * Number(bban[..5])) % 97;
        remainder = (remainder + 15 * Number(bban[5..10])) % 97;
        remainder = (remainder + 3 * Number(bban[10..21])) % 97;
        remainder = (remainder + Number(bban[21..23])) % 97;
        return remainder == 0;
    }

    private static long Number(ReadOnlySpan<char> part)
    {
        long n = 0;
        foreach (char c in part) n = (n * 10 + Digit(c)) % 97;
        return n;
    }

    private static int Digit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'I' => c - 'A' + 1,
        >= 'J' and <= 'R' => c - 'J' + 1,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => 0,
    };
}
