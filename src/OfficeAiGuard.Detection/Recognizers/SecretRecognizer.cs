using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Credentials: a password or access code given after its keyword ("mot de passe : …",
/// "le code c'est …"), and API keys and tokens of well-known shapes (AWS, GitHub, Slack, OpenAI-style
/// "sk-", Google, JWT, Bearer tokens, private keys).
/// </summary>
public sealed partial class SecretRecognizer : IRecognizer
{
    public string Name => "secret";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Secret];

    [GeneratedRegex(@"\G(?:AKIA[0-9A-Z]{16}|(?:sk|pk|rk)[-_](?:live_|test_|proj-|ant-)?[A-Za-z0-9_\-]{20,}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[0-9A-Za-z_\-]{35}|glpat-[A-Za-z0-9_\-]{20,}|eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}|-----BEGIN [A-Z ]*PRIVATE KEY-----)(?![\w\-])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TokenShapes();

    [GeneratedRegex(@"\G(?:\bBearer|\bToken|\bapi[_\- ]?key|X-API-Key|\bcl[ée] (?:d['’]API|API|secr[èe]te)|\bjeton|\bsecret(?: access)? key|\baccess key|\bclient[_ ]secret)\s*[:=]?\s*[""'(]?(?<token>[A-Za-z0-9_\-\.=+/]{16,})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyedTokens();

    /// <summary>Strong keywords: what follows is a password. Weak ones ("code", "identifiant") need a stronger-looking value.</summary>
    [GeneratedRegex(@"\G(?:(?<strong>mots? de passe|\bmdp\b|\bpassword\b|\bpasswd\b|\bpwd\b|\bcode (?:secret|confidentiel|wifi|wi-fi|PIN|(?:de l['’]|d['’]|de la |du )?(?:acc[èe]s|entr[ée]e|porte|portail|alarme|coffre|cadenas|bo[îi]te))|\bdigicode|\bcl[ée] (?:WPA2?|WEP|wifi|wi-fi|de s[ée]curit[ée] (?:du )?(?:r[ée]seau|wifi|wi-fi)))|(?<weak>\bcodes?\b|\bidentifiants?\b|\bpass\b|\bPIN\b|\blogin\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PasswordKeywords();

    /// <summary>Literal starts of every pattern above: the patterns run only where one starts a word.</summary>
    /// <summary>Word starts where a pattern may begin ("-----BEGIN" starts at its dashes).</summary>
    private static IEnumerable<int> Positions(AnalysisContext context)
    {
        string text = context.Text;
        foreach (var (position, mask) in context.TriggerHits)
        {
            if ((mask & (1 << TriggerWords.Secret)) == 0) continue;
            yield return position >= 5 && text.AsSpan(position - 5, 5) is "-----" ? position - 5 : position;
        }
    }

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        string text = context.Text;
        int consumed = 0;
        foreach (int position in Positions(context))
        {
            if (position < consumed) continue;
            if (position > 0 && text[position - 1] is '-' or '_') continue;
            var shape = TokenShapes().Match(text, position);
            if (shape.Success && (shape.Index + shape.Length == text.Length || !IsTokenChar(text[shape.Index + shape.Length])))
            {
                consumed = shape.Index + shape.Length;
                yield return Make(shape.Index, shape.Length, "forme de clé d'API", "Clé d'API ou jeton d'accès : il donne accès à un service au nom de la collectivité ou d'un agent.");
                continue;
            }
            var keyed = KeyedTokens().Match(text, position);
            if (keyed.Success && LooksLikeSecret(keyed.Groups["token"].Value, minClasses: 2))
            {
                var token = keyed.Groups["token"];
                consumed = token.Index + token.Length;
                yield return Make(token.Index, token.Length, "jeton après mot-clé", "Clé d'API ou jeton d'accès : il donne accès à un service au nom de la collectivité ou d'un agent.");
                continue;
            }
            var keyword = PasswordKeywords().Match(text, position);
            if (keyword.Success && FirstSecretAfter(text, keyword.Index + keyword.Length, keyword.Groups["strong"].Success) is (int start, int length))
            {
                consumed = start + length;
                yield return Make(start, length, "mot de passe", "Mot de passe ou code d'accès écrit en clair : il doit être changé s'il a été diffusé.");
            }
        }
    }

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The first token on the rest of the line (within 50 characters) that looks like a credential.</summary>
    private static (int Start, int Length)? FirstSecretAfter(string text, int from, bool strongKeyword)
    {
        int limit = Math.Min(text.Length, from + 50);
        int i = from;
        while (i < limit)
        {
            char c = text[i];
            if (c == '\n') break;
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '(' or ')' or '«' or '»' or ',' or ';' or ':' or '=' or '`') { i++; continue; }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')' or '«' or '»' or ',' or ';' or '`')) i++;
            var token = text.AsSpan(start, i - start);
            // A sentence-ending dot or a closing quote is not part of the password.
            while (token.Length > 0 && token[^1] is '.' or '\'' or ':') token = token[..^1];
            if (LooksLikeSecret(token.ToString(), strongKeyword ? 1 : 2)) return (start, token.Length);
            // A PIN or door code is digits only: taken when the keyword hands it over ("code PIN : 4821").
            if (strongKeyword && IsNumericCode(token) && HandsOver(text.AsSpan(from, start - from))) return (start, token.Length);
        }
        return null;
    }

    private static bool IsNumericCode(ReadOnlySpan<char> token) =>
        token.Length is >= 4 and <= 8 && !token.ContainsAnyExcept("0123456789");

    /// <summary>Between keyword and value: a colon, an equals sign or "est"/"c'est" ("le digicode est 4589").</summary>
    private static bool HandsOver(ReadOnlySpan<char> gap) =>
        gap.IndexOfAny(':', '=') >= 0 || gap.TrimEnd().EndsWith(" est", StringComparison.OrdinalIgnoreCase)
        || gap.TrimEnd().EndsWith("c'est", StringComparison.OrdinalIgnoreCase);

    private static bool HasSymbol(string s) => s.Any(c => !char.IsLetterOrDigit(c));

    /// <summary>A credential mixes letters with digits or symbols and is not a date, an amount or a reference.</summary>
    internal static bool LooksLikeSecret(string value, int minClasses)
    {
        if (value.Length < 6) return false;
        bool lower = value.Any(char.IsLower), upper = value.Any(char.IsUpper), digit = value.Any(char.IsAsciiDigit);
        bool symbol = value.Any(c => !char.IsLetterOrDigit(c) && c is not '-' and not '/' and not '.' and not '\'' and not '’');
        if (!value.Any(char.IsLetter)) return false;
        if (!digit && !symbol) return false;
        int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        if (value.Contains('@')) return false; // an e-mail address given as login
        if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
        return classes >= minClasses + (symbol || (lower && upper) ? 0 : 1);
    }

    private Finding Make(int start, int length, string evidence, string explanation) =>
        new(Detection.Categories.Secret, start, start + length, Confidence.High, Name, [evidence], explanation);
}
