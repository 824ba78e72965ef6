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

    [GeneratedRegex(@"\G(?:\bBearer|\bToken|(?<![A-Za-z])api[_\- ]?(?:key|token|secret)|X-API-Key|\bcl[ée] (?:d['’]API|API|secr[èe]te)|\bjeton|\bsecret(?:[_\- ]access)?[_\- ]key|\baccess[_\- ](?:key|token)|\bclient[_\- ]secret)[""']?\s*[:=]?\s*[""'(]?(?<token>[A-Za-z0-9_\-\.=+/]{16,})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyedTokens();

    /// <summary>Strong keywords: what follows is a password. Weak ones ("code", "identifiant") need a stronger-looking value.</summary>
    [GeneratedRegex(@"\G(?:(?<strong>mots? de passe|\bmdp\b|(?<![A-Za-z])password\b|(?<![A-Za-z])passwd\b|(?<![A-Za-z])pwd\b|\bcode (?:secret|confidentiel|wifi|wi-fi|PIN|(?:de l['’]|d['’]|de la |du )?(?:acc[èe]s|entr[ée]e|porte|portail|alarme|coffre|cadenas|bo[îi]te))|\bdigicode|\bcl[ée] (?:WPA2?|WEP|wifi|wi-fi|de s[ée]curit[ée] (?:du )?(?:r[ée]seau|wifi|wi-fi)))|(?<weak>\bcodes?\b|\bidentifiants?\b|\bpass\b|\bPIN\b|\blogin\b))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PasswordKeywords();

    /// <summary>Literal starts of every pattern above: the patterns run only where one starts a word.</summary>
    /// <summary>Word starts where a pattern may begin ("-----BEGIN" starts at its dashes).</summary>
    private static IEnumerable<int> Positions(AnalysisContext context)
    {
        string text = context.Text;
        foreach (int position in context.TriggerHitsOf(TriggerWords.Secret))
        {
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
            // Inside a longer token ("x-sk-…"), only a configuration key can start ("DB_PASSWORD=…", "SMTP_API_KEY=…").
            bool inToken = position > 0 && text[position - 1] is '-' or '_';
            if (inToken && !(position > 1 && text[position - 1] == '_' && char.IsAsciiLetterOrDigit(text[position - 2]))) continue;
            var shape = TokenShapes().Match(text, position);
            if (!inToken && shape.Success && (shape.Index + shape.Length == text.Length || !IsTokenChar(text[shape.Index + shape.Length])))
            {
                consumed = shape.Index + shape.Length;
                yield return Make(shape.Index, shape.Length, "forme de clé d'API", "Clé d'API ou jeton d'accès : il donne accès à un service au nom de la collectivité ou d'un agent.");
                continue;
            }
            var keyed = KeyedTokens().Match(text, position);
            if (keyed.Success && (LooksLikeSecret(keyed.Groups["token"].Value, minClasses: 2) || IsLongKey(keyed.Groups["token"].ValueSpan)))
            {
                var token = keyed.Groups["token"];
                consumed = token.Index + token.Length;
                yield return Make(token.Index, token.Length, "jeton après mot-clé", "Clé d'API ou jeton d'accès : il donne accès à un service au nom de la collectivité ou d'un agent.");
                continue;
            }
            // "postgres://app:S3cret!@db.local/prod": the password between the user and the host.
            if (UrlCredentials(text, position) is (int urlStart, int urlLength))
            {
                consumed = urlStart + urlLength;
                yield return Make(urlStart, urlLength, "mot de passe dans une URL", "Mot de passe écrit en clair dans une adresse de connexion : il doit être changé s'il a été diffusé.");
                continue;
            }
            var keyword = PasswordKeywords().Match(text, position);
            if (keyword.Success && ConfigValue(text, keyword) is (int valueStart, int valueLength, bool placeholder))
            {
                consumed = valueStart + valueLength;
                if (placeholder) continue; // "Password=${DB_PASSWORD}", "password: ****"
                yield return Make(valueStart, valueLength, "mot de passe", "Mot de passe ou code d'accès écrit en clair : il doit être changé s'il a été diffusé.");
                continue;
            }
            if (keyword.Success && FirstSecretAfter(text, keyword.Index + keyword.Length, keyword.Groups["strong"].Success) is (int start, int length))
            {
                consumed = start + length;
                yield return Make(start, length, "mot de passe", "Mot de passe ou code d'accès écrit en clair : il doit être changé s'il a été diffusé.");
            }
        }
    }

    [GeneratedRegex(@"\G[A-Za-z][A-Za-z0-9+.\-]{1,15}://[^\s:/@""'<>]{1,64}:(?<password>[^\s/@""'<>]{4,64})@[\w\-]",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UrlWithCredentials();

    /// <summary>The password of a URL with credentials ("https://agent:Pa55w0rd@host"), or null; placeholders skipped.</summary>
    private static (int Start, int Length)? UrlCredentials(string text, int position)
    {
        if (!char.IsAsciiLetter(text[position])) return null;
        int colon = text.IndexOf("://", position, Math.Min(20, text.Length - position), StringComparison.Ordinal);
        if (colon < 0) return null;
        var m = UrlWithCredentials().Match(text, position);
        if (!m.Success) return null;
        var password = m.Groups["password"];
        return IsPlaceholder(password.ValueSpan) ? null : (password.Index, password.Length);
    }

    /// <summary>
    /// A strong keyword written as a configuration key ("Password=…;", "DB_PASSWORD=…", "\"password\": \"…\""): its
    /// value, whatever its shape, up to the field's end; null when the keyword is prose or the value a placeholder.
    /// </summary>
    private static (int Start, int Length, bool Placeholder)? ConfigValue(string text, Match keyword)
    {
        if (!keyword.Groups["strong"].Success) return null;
        int p = keyword.Index + keyword.Length;
        // The rest of a key name ("PASSWORD_PROD"), a closing quote, then '=' or ':' right after.
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || text[p] == '_')) p++;
        if (p < text.Length && text[p] is '"' or '\'') p++;
        while (p < text.Length && text[p] == ' ') p++;
        if (p >= text.Length || text[p] is not ('=' or ':')) return null;
        // Prose ("mot de passe : …", "Password : …") keeps the word-by-word reading: a key is one word, glued to its sign or quoted.
        if (text.AsSpan(keyword.Index, keyword.Length).Contains(' ')) return null;
        bool quotedKey = keyword.Index > 0 && text[keyword.Index - 1] is '"' or '\'';
        if (text[p - 1] == ' ' && !quotedKey) return null;
        p++;
        while (p < text.Length && text[p] is ' ' or '"' or '\'') p++;
        int start = p;
        // In a query string ("?user=a&password=…") the value ends at the next '&'.
        bool query = keyword.Index > 0 && text[keyword.Index - 1] is '?' or '&';
        while (p < text.Length && !char.IsWhiteSpace(text[p]) && text[p] is not (';' or '"' or '\'' or ',' or '}') && !(query && text[p] == '&')) p++;
        var value = text.AsSpan(start, p - start);
        return (start, value.Length, value.Length < 4 || IsPlaceholder(value));
    }

    /// <summary>A key given after its name: 20 characters or more mixing letters and digits ("9f8e7d6c5b4a…", hexadecimal).</summary>
    private static bool IsLongKey(ReadOnlySpan<char> value) =>
        value.Length >= 20 && value.IndexOfAnyInRange('0', '9') >= 0 && value.ContainsAnyInRange('a', 'z') | value.ContainsAnyInRange('A', 'Z');

    /// <summary>"****", "xxxx", "&lt;password&gt;", "${DB_PASSWORD}", "%PWD%", "changeme": not a real value.</summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> value) =>
        value.IndexOfAnyExcept("*xX.•") < 0 || value[0] is '<' or '$' or '%' or '{' or '['
        || value.Equals("changeme", StringComparison.OrdinalIgnoreCase) || value.Equals("password", StringComparison.OrdinalIgnoreCase)
        || value.Equals("motdepasse", StringComparison.OrdinalIgnoreCase);

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-';

    /// <summary>The first token on the rest of the line (within 50 characters) that looks like a credential.</summary>
    private static (int Start, int Length)? FirstSecretAfter(string text, int from, bool strongKeyword)
    {
        int limit = Math.Min(text.Length, from + 50);
        int i = from, firstToken = -1;
        while (i < limit)
        {
            char c = text[i];
            if (c == '\n') break;
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '(' or ')' or '«' or '»' or ',' or ';' or ':' or '=' or '`') { i++; continue; }
            int start = i;
            if (firstToken < 0) firstToken = start;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')' or '«' or '»' or ',' or ';' or '`')) i++;
            var token = text.AsSpan(start, i - start);
            // A sentence-ending dot or a closing quote is not part of the password.
            while (token.Length > 0 && token[^1] is '.' or '\'' or ':') token = token[..^1];
            // A weak keyword ("login", "code") gives its value at once or hands it over ("le code a changé : …"),
            // not "Login failed for user 'svc_paie'".
            bool given = strongKeyword || start == firstToken || HandsOver(text.AsSpan(from, start - from));
            if (given && LooksLikeSecret(token.ToString(), strongKeyword ? 1 : 2)) return (start, token.Length);
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
        // An e-mail address given as login ("agent@ville.fr"), not a password with an '@' ("Cc@s_Pr0d#2025!").
        int at = value.IndexOf('@');
        if (at > 0 && value.IndexOf('.', at) > at + 1) return false;
        if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return false;
        return classes >= minClasses + (symbol || (lower && upper) ? 0 : 1);
    }

    private Finding Make(int start, int length, string evidence, string explanation) =>
        new(Detection.Categories.Secret, start, start + length, Confidence.High, Name, [evidence], explanation);
}
