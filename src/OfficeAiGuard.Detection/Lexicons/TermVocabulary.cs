using System.Text;
using System.Text.RegularExpressions;

namespace OfficeAiGuard.Detection.Lexicons;

/// <summary>One family of a vocabulary: its pattern (alternatives), the words they start with, and the compiled pattern.</summary>
/// <param name="Triggers">
/// '|'-separated word starts (three to five characters: the trigger index reads no more), written
/// as French spells them; their unaccented forms are added by <see cref="TermVocabulary"/>.
/// </param>
/// <param name="Regex">The pattern anchored at the trigger (\G), case-insensitive, matched on folded text.</param>
public sealed record TermFamily(string Name, string Pattern, string Triggers, Regex Regex);

/// <summary>
/// A vocabulary (health, special categories, offences, vulnerability) as families of patterns.
/// At a trigger, only the families whose triggers start there are tried, each on a copy of the
/// text around the trigger without accents (<see cref="Fold(ReadOnlySpan{char}, Span{char})"/>):
/// "congé maternité", "CONGE MATERNITE" and "conge maternité" read alike.
/// </summary>
/// <remarks>
/// One pattern per family rather than one per vocabulary: a pattern of several hundred alternatives
/// compiles to a method the JIT does not optimise (and whose frame it clears at every call), about
/// a hundred times slower per attempt than the same alternatives split in families.
/// </remarks>
public sealed class TermVocabulary
{
    private const int MinTrigger = 3, MaxTrigger = 5;
    private const int FoldBefore = 48, FoldAfter = 110;

    private readonly TermFamily[] _families;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _familiesByStart;
    private readonly Lazy<Regex>[] _startPatterns;

    public TermVocabulary(params TermFamily[] families)
    {
        if (families.Length > 31) throw new ArgumentException("At most 31 families.");
        _families = families;
        var byStart = new Dictionary<string, int>(StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < families.Length; i++)
        {
            foreach (var raw in families[i].Triggers.Split('|'))
            {
                string trigger = raw.ToLowerInvariant();
                if (trigger.Length is < MinTrigger or > MaxTrigger)
                    throw new ArgumentException($"Trigger '{raw}' of '{families[i].Name}' must have three to five characters.");
                string folded = Fold(trigger);
                all.Add(trigger);
                all.Add(folded);
                byStart[folded] = byStart.GetValueOrDefault(folded) | 1 << i;
            }
        }
        _familiesByStart = byStart.GetAlternateLookup<ReadOnlySpan<char>>();
        _startPatterns = [.. families.Select(f => new Lazy<Regex>(() =>
            new Regex(@"\G(?:" + CaptureLookBehinds(f.Pattern) + ")", f.Regex.Options, TimeSpan.FromSeconds(1))))];
        Triggers = [.. all];
    }

    public IReadOnlyList<TermFamily> Families => _families;

    /// <summary>Every trigger, lower case, with and without its accents (for <see cref="Context.TriggerWords"/>).</summary>
    public string[] Triggers { get; }

    /// <summary>Bit i set when a trigger of family i starts at <paramref name="position"/>.</summary>
    public int FamiliesAt(string text, int position)
    {
        int length = Math.Min(MaxTrigger, text.Length - position);
        if (length < MinTrigger) return 0;
        Span<char> start = stackalloc char[MaxTrigger];
        Fold(text.AsSpan(position, length), start);
        for (int i = 0; i < length; i++) start[i] = char.ToLowerInvariant(start[i]);
        int mask = 0;
        for (int n = MinTrigger; n <= length; n++)
            if (_familiesByStart.TryGetValue(start[..n], out int families)) mask |= families;
        return mask;
    }

    /// <summary>
    /// The longest match of a family at <paramref name="position"/> as [Start, End) in
    /// <paramref name="text"/>, or (0, 0) when none. Start is before the position when the words a
    /// family checks behind its trigger belong to the fact (the "mis en" of "mis en examen"): those
    /// look-behinds start the fact.
    /// </summary>
    public (int Start, int End) MatchAt(string text, int position)
    {
        int families = FamiliesAt(text, position);
        if (families == 0) return (0, 0);
        int from = Math.Max(0, position - FoldBefore);
        int to = Math.Min(text.Length, position + FoldAfter);
        Span<char> folded = stackalloc char[FoldBefore + FoldAfter];
        folded = folded[..(to - from)];
        Fold(text.AsSpan(from, to - from), folded);
        int best = 0, bestFamily = -1;
        for (int i = 0, rest = families; rest != 0; i++, rest >>= 1)
        {
            if ((rest & 1) == 0) continue;
            foreach (var m in _families[i].Regex.EnumerateMatches(folded, position - from))
            {
                if (m.Length > best) (best, bestFamily) = (m.Length, i);
                break;
            }
        }
        if (bestFamily < 0) return (0, 0);
        int start = position;
        if (_families[bestFamily].Pattern.Contains("(?<=", StringComparison.Ordinal))
        {
            // Rare (a match): which look-behind held, and where it starts, needs captures, which
            // would slow every attempt of the family pattern; a second pattern has them.
            var before = _startPatterns[bestFamily].Value.Match(new string(folded), position - from).Groups[Before];
            if (before.Success) start = Math.Min(start, from + before.Index);
        }
        return (start, position + best);
    }

    private const string Before = "before";

    /// <summary>The family's pattern with the content of every look-behind captured as <see cref="Before"/>.</summary>
    private static string CaptureLookBehinds(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 64);
        var closes = new Stack<bool>(); // per open group: is it a look-behind whose capture must close too
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { result.Append(c).Append(pattern[++i]); continue; }
            if (c == '[')
            {
                int end = pattern.IndexOf(']', i + 1);
                result.Append(pattern, i, end - i + 1);
                i = end;
                continue;
            }
            if (c == '(')
            {
                bool lookBehind = string.CompareOrdinal(pattern, i, "(?<=", 0, 4) == 0;
                closes.Push(lookBehind);
                if (lookBehind)
                {
                    result.Append("(?<=(?<").Append(Before).Append('>');
                    i += 3;
                    continue;
                }
            }
            else if (c == ')' && closes.Pop()) result.Append(')');
            result.Append(c);
        }
        return result.ToString();
    }

    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x250];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = (char)c;
            if (c < 0x80) continue;
            string decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length > 1 && char.IsAsciiLetter(decomposed[0])) table[c] = decomposed[0];
        }
        return table;
    }

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/> (same length) without
    /// accents ("é" → "e", "À" → "A") and with straight apostrophes; case and every other character kept.
    /// </summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        // A copy, then a fix of each non-ASCII character: French prose has one in twenty or so.
        destination = destination[..source.Length];
        source.CopyTo(destination);
        for (int i = 0; i < destination.Length; i++)
        {
            int next = destination[i..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (next < 0) return;
            i += next;
            char c = destination[i];
            destination[i] = c < 0x250 ? FoldTable[c] : c is '’' or '‘' or 'ʼ' ? '\'' : c;
        }
    }

    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        Fold(text, chars);
        return new string(chars);
    }
}
