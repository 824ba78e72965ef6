using System.Buffers;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Lexicons;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Names of natural persons without a statistical model. Cues, strongest first: an honorific
/// ("Mme Le Floch"); a known first name followed by a surname ("Jean-Paul LEFÈVRE", "Chloé Lopes")
/// or an UPPER-CASE surname followed by a first name ("DURAND Abdelkader"); a greeting, a kinship
/// word or a sign-off before a first name ("Bonjour Josiane,", "mon fils Amadou"). Every surname or
/// first name so found is then also recognised alone elsewhere in the text ("Dossier Esteves").
/// Names inside street, school or building names, famous namesakes and acronyms are not persons.
/// </summary>
public sealed class PersonNameRecognizer(NameLexicon lexicon) : IRecognizer
{
    public PersonNameRecognizer() : this(NameLexicon.Default) { }

    public string Name => "person-name";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.PersonName];

    private const string Explanation = "Nom d'une personne physique : il l'identifie directement.";

    public IEnumerable<Finding> Analyze(AnalysisContext context) => NamesOf(context);

    /// <summary>The names of the context's text, sorted by start, computed once per context.</summary>
    internal IReadOnlyList<Finding> NamesOf(AnalysisContext context) =>
        context.PersonNames ??= ByStart(Find(context));

    /// <summary>Sorted by start, equal starts in their order (a stable sort, without a comparison delegate).</summary>
    private static List<Finding> ByStart(List<Finding> names)
    {
        var keys = new long[names.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = (long)names[i].Start << 32 | (uint)i;
        Array.Sort(keys);
        var sorted = new List<Finding>(keys.Length);
        foreach (long key in keys) sorted.Add(names[(int)key]);
        return sorted;
    }

    // Plain methods filling lists rather than iterators: their loops keep their variables in registers.
    private List<Finding> Find(AnalysisContext context)
    {
        string text = context.Text;
        var words = context.Words;
        var spans = new List<(int First, int Last, Confidence Confidence, string Cue)>();
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Shape is WordShape.Number or WordShape.Other) continue;
            var span = w.Span(text);
            if (w.Shape == WordShape.Lower)
            {
                // Lower-case words only matter as cues right before a name (most words are not).
                if (i + 1 >= words.Count || !words[i + 1].IsNameShaped || !SameLineSpace(text, w, words[i + 1])) continue;
                // "chère Awa", "mon fils Amadou": a lower-case cue before a first name.
                if (i + 1 < words.Count && SameLineSpace(text, w, words[i + 1]) && IsFirstNameToken(text, words[i + 1])
                    && (NameCues.Greetings.Has(span) || NameCues.KinWords.Has(span)))
                {
                    int last = Math.Max(i + 1, ReadName(text, words, i + 2, false));
                    spans.Add((i + 1, last, Confidence.Medium, "salutation ou lien familial"));
                    i = last;
                }
                else if (NameCues.FamilyWords.Has(span) && i + 1 < words.Count
                         && SameLineSpace(text, w, words[i + 1]))
                {
                    int last = ReadName(text, words, i + 1, false);
                    if (last > i) { spans.Add((i + 1, last, Confidence.Medium, "famille")); i = last; }
                }
                continue;
            }
            if (NameCues.FamilyWords.Has(span) && i + 1 < words.Count && SameLineSpace(text, w, words[i + 1]))
            {
                int last = ReadName(text, words, i + 1, false);
                if (last > i) { spans.Add((i + 1, last, Confidence.Medium, "famille")); i = last; continue; }
            }

            // Forms: "Nom : DUPONT Prénom : Jean", "Nom d'usage : Martin", "Prénom(s) : Sylvie".
            if (FormLabelValue(text, words, i) is int value and >= 0)
            {
                int last = ReadName(text, words, value, allowLowerParticleFirst: false, checkFirstGap: false);
                if (last >= value) { spans.Add((value, last, Confidence.High, "champ nom ou prénom")); i = last; }
                continue;
            }
            if (IsHonorific(text, words, i))
            {
                int last = ReadName(text, words, i + 1, allowLowerParticleFirst: false, checkFirstGap: false);
                if (last > i) { spans.Add((i + 1, last, Confidence.High, "civilité")); i = last; }
                continue;
            }
            if (NameCues.Greetings.Has(span) && i + 1 < words.Count && SameLineSpace(text, w, words[i + 1])
                && IsFirstNameToken(text, words[i + 1]))
            {
                int last = Math.Max(i + 1, ReadName(text, words, i + 2, false));
                spans.Add((i + 1, last, Confidence.Medium, "salutation"));
                i = last;
                continue;
            }
            if (IsFirstNameToken(text, w) && !NameCues.PlaceWords.Has(span) && !InPlaceName(text, words, i))
            {
                int last = ReadName(text, words, i + 1, false, firstGapMayBeSeparator: true);
                if (last > i && !IsFamous(text, words, i, last))
                {
                    bool upperSurname = words[last].Shape == WordShape.Upper;
                    spans.Add((i, last, upperSurname ? Confidence.High : Confidence.Medium, "prénom + nom"));
                    i = last;
                    continue;
                }
                // "Chantal G.": a first name and the initial of the surname.
                if (i + 1 < words.Count && IsInitial(text, words[i + 1]) && SameLineSpace(text, w, words[i + 1]))
                {
                    spans.Add((i, i + 1, Confidence.Medium, "prénom + initiale"));
                    i++;
                    continue;
                }
                // "Tiago (8 ans)", "Mathilde est en congé", "Jérôme a appelé": a first name alone,
                // with its age, or as the subject of a sentence.
                if (AgeAfter(text, w) || SubjectOfSentence(text, words, i))
                {
                    spans.Add((i, i, Confidence.Medium, "prénom"));
                    continue;
                }
                if (IsKinOrSignature(text, words, i))
                {
                    spans.Add((i, i, Confidence.Medium, "prénom"));
                    continue;
                }
            }
            // "J. Martin", "A. DIALLO": an initial and a surname of the INSEE list.
            if (IsInitial(text, w) && i + 1 < words.Count && words[i + 1].Start == w.End + 2 && text[w.End + 1] == ' '
                && IsSurnameShaped(text, words[i + 1]) && lexicon.IsSurname(words[i + 1].Span(text)))
            {
                int last = Math.Max(i + 1, ReadName(text, words, i + 2, false));
                spans.Add((i, last, Confidence.Medium, "initiale + nom"));
                i = last;
                continue;
            }
            // "DURAND Abdelkader", and in tables "Dumas;Lamine".
            if (IsSurnameToken(text, w) && i + 1 < words.Count && IsFirstNameToken(text, words[i + 1]) && !InPlaceName(text, words, i)
                && ((w.Shape == WordShape.Upper && SameLineSpace(text, w, words[i + 1])) || SameLineSeparator(text, w, words[i + 1])))
            {
                spans.Add((i, i + 1, Confidence.High, "NOM + prénom"));
                i++;
            }
        }

        var names = new List<Finding>(spans.Count * 2);
        foreach (var s in spans)
            names.Add(Make(words, s.First, s.Last, s.Confidence, s.Cue));

        Propagate(context, words, spans, names);
        return names;
    }

    /// <summary>
    /// Every surname or first name found once is a name wherever it appears again. A chunk of a
    /// larger text learns its names into, and looks words up in, the names of the whole text.
    /// </summary>
    private void Propagate(AnalysisContext context, IReadOnlyList<WordToken> words, List<(int First, int Last, Confidence, string)> spans,
        List<Finding> names)
    {
        string text = context.Text;
        var known = context.SharedNames;
        if (known is null && spans.Count == 0) return;
        known ??= new KnownNames();
        var covered = ArrayPool<bool>.Shared.Rent(words.Count);
        Array.Clear(covered, 0, words.Count);
        foreach (var s in spans)
        {
            bool trusted = words[s.First].Start >= context.TrustedStart && words[s.First].Start < context.TrustedEnd;
            for (int k = s.First; k <= s.Last; k++)
            {
                covered[k] = true;
                var token = words[k].Span(text);
                if (trusted && token.Length >= 3 && !NameCues.Particles.Has(token) && !NameCues.NotNames.Has(token))
                    known.Learn(token);
            }
        }
        context.NamesKnownWhenPropagated = known.Count;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (covered[i] || !w.IsNameShaped || !known.Contains(text, w)) continue;
            if (InPlaceName(text, words, i)) continue;
            int first = i, last = i;
            if (i > 0 && !covered[i - 1] && NameCues.Particles.Has(words[i - 1].Span(text))
                && words[i - 1].IsNameShaped && SameLineSpace(text, words[i - 1], w)) first = i - 1;
            while (last + 1 < words.Count && !covered[last + 1] && words[last + 1].IsNameShaped
                   && known.Contains(text, words[last + 1]) && SameLineSpace(text, words[last], words[last + 1])) last++;
            for (int k = first; k <= last; k++) covered[k] = true;
            names.Add(Make(words, first, last, Confidence.Medium, "nom déjà cité"));
            i = last;
        }
        ArrayPool<bool>.Shared.Return(covered);
    }

    private Finding Make(IReadOnlyList<WordToken> words, int first, int last, Confidence confidence, string cue) =>
        new(Detection.Categories.PersonName, words[first].Start, words[last].End, confidence, Name, [cue], Explanation);

    /// <summary>Reads surname tokens from <paramref name="from"/>; returns the index of the last one, or from − 1.</summary>
    private static int ReadName(string text, IReadOnlyList<WordToken> words, int from, bool allowLowerParticleFirst,
        bool firstGapMayBeSeparator = false, bool checkFirstGap = true)
    {
        int last = from - 1;
        int k = from;
        while (k < words.Count && k - from < 4)
        {
            var w = words[k];
            if (k > from || checkFirstGap)
            {
                bool joined = k == from && firstGapMayBeSeparator
                    ? SameLineSpace(text, words[k - 1], w) || SameLineSeparator(text, words[k - 1], w)
                    : SameLineSpace(text, words[k - 1], w);
                if (!joined) break;
            }
            // Two particles: "de La Fontaine", "van der Berg", "De La Cruz".
            if (NameCues.Particles.Has(w.Span(text)) && k + 2 < words.Count && NameCues.Particles.Has(words[k + 1].Span(text))
                && SameLineSpace(text, w, words[k + 1]) && SameLineSpace(text, words[k + 1], words[k + 2]) && words[k + 2].IsNameShaped
                && (w.IsNameShaped || k > from || allowLowerParticleFirst) && IsSurnameShaped(text, words[k + 2]))
            {
                last = k + 2;
                k += 3;
                continue;
            }
            if (NameCues.Particles.Has(w.Span(text)) && k + 1 < words.Count && words[k + 1].IsNameShaped && SameLineSpace(text, w, words[k + 1])
                && (w.IsNameShaped || k > from || allowLowerParticleFirst)
                && IsSurnameShaped(text, words[k + 1]))
            {
                last = k + 1;
                k += 2;
                continue;
            }
            if (!IsSurnameShaped(text, w)) break;
            last = k;
            k++;
        }
        return last;
    }

    private static bool IsSurnameShaped(string text, WordToken w)
    {
        if (!w.IsNameShaped || w.Length < 2) return false;
        var s = w.Span(text);
        if (NameCues.NotNames.Has(s) || NameCues.Honorifics.Has(s)) return false;
        if (w.Shape == WordShape.Upper && NameCues.Acronyms.Has(s)) return false;
        return true;
    }

    private bool IsFirstNameToken(string text, WordToken w)
    {
        if (!w.IsNameShaped || w.Length < 2) return false;
        var span = w.Span(text);
        if (!lexicon.IsFirstName(span)) return false;
        if (NameCues.NotNames.Has(span)) return false;
        return !(w.Shape == WordShape.Upper && NameCues.Acronyms.Has(span));
    }

    private bool IsSurnameToken(string text, WordToken w)
    {
        var s = w.Span(text);
        return w.Length >= 2 && w.IsNameShaped && !NameCues.Acronyms.Has(s) && !NameCues.NotNames.Has(s);
    }

    private static bool IsHonorific(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        var span = w.Span(text);
        if (span.Length > 12 || !NameCues.Honorifics.Has(span)) return false;
        string s = span.ToString();
        if (i + 1 >= words.Count) return false;
        // "M" and "Me" only count as abbreviations with their dot: "M. Durand", not "M Durand" in a heading.
        bool dotted = w.End < text.Length && text[w.End] == '.';
        if (s is "M" or "MM" or "Me" && !dotted) return false;
        if (s == "Me" && w.Start > 0 && char.IsLetter(text[w.Start - 1])) return false;
        var next = words[i + 1];
        int gap = next.Start - w.End;
        return gap is >= 1 and <= 2 && !text.AsSpan(w.End, gap).ContainsAny('\n', ',');
    }

    /// <summary>A first name alone counts after a kinship word ("mon fils Amadou") or on a signature line.</summary>
    private static bool IsKinOrSignature(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (i > 0)
        {
            var prev = words[i - 1];
            var gap = text.AsSpan(prev.End, w.Start - prev.End);
            if (!gap.Contains('\n') && gap.Trim().Length <= 1 && NameCues.KinWords.Has(prev.Span(text)))
                return true;
        }
        // Signature: the first name alone on its line, after a closing line ("Bises,", "Merci,").
        int lineStart = text.LastIndexOf('\n', Math.Max(0, w.Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', w.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (!text.AsSpan(lineStart, w.Start - lineStart).IsWhiteSpace()) return false;
        var rest = text.AsSpan(w.End, lineEnd - w.End).Trim();
        if (rest is ",") return true; // "Kévin," opening a mail
        if (rest.Length > 0 && rest is not ".") return false;
        if (lineStart < 2) return false;
        // The last line of the text: a mail signed with the first name only.
        if (text.AsSpan(lineEnd).IsWhiteSpace()) return true;
        int prevEnd = lineStart - 1;
        while (prevEnd > 0 && char.IsWhiteSpace(text[prevEnd - 1])) prevEnd--;
        if (prevEnd == 0) return false; // only blank lines above
        int prevStart = text.LastIndexOf('\n', Math.Max(0, prevEnd - 1)) + 1;
        var prevLine = text.AsSpan(prevStart, prevEnd - prevStart).Trim();
        if (prevLine.Length == 0 || prevLine.Length > 40 || prevLine[^1] is not (',' or '!' or '.')) return false;
        var trimmed = prevLine.TrimEnd(",!.").Trim();
        int sp = trimmed.LastIndexOf(' ');
        var lastWord = sp < 0 ? trimmed : trimmed[(sp + 1)..];
        return NameCues.SignOffs.Has(lastWord);
    }

    /// <summary>
    /// A form field label ("Nom :", "NOM DE NAISSANCE :", "Nom d'usage :", "Prénom(s) :", "Nom et prénom :"):
    /// the index of the first word of its value on the same line, or −1.
    /// </summary>
    private static int FormLabelValue(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        var span = w.Span(text);
        if (!(span.Equals("nom", StringComparison.OrdinalIgnoreCase) || span.StartsWith("prénom", StringComparison.OrdinalIgnoreCase)
              || span.StartsWith("prenom", StringComparison.OrdinalIgnoreCase))
            || span.Length > 7) return -1;
        // The label ends with a colon within a few words on the same line.
        int colon = -1;
        for (int p = w.End; p < text.Length && p < w.End + 30; p++)
        {
            char c = text[p];
            if (c == ':') { colon = p; break; }
            if (c is '\n' or '.' or ',' or ';' || char.IsDigit(c)) return -1;
        }
        if (colon < 0) return -1;
        int j = i + 1;
        while (j < words.Count && words[j].Start < colon)
        {
            if (j - i > 4) return -1;
            j++;
        }
        if (j >= words.Count) return -1;
        var gap = text.AsSpan(colon + 1, words[j].Start - colon - 1);
        if (gap.Length > 3 || gap.ContainsAnyExcept(' ', '\t')) return -1;
        return words[j].IsNameShaped ? j : -1;
    }

    /// <summary>"rue Victor Hugo", "école maternelle Louise Michel", "salle Simone Veil": a place, not a person.</summary>
    private static bool InPlaceName(string text, IReadOnlyList<WordToken> words, int i)
    {
        // "74001 Annecy CEDEX", "BP 12 - 74000 Annecy": a town after its postcode or before "Cedex".
        if (i > 0 && words[i - 1] is { Shape: WordShape.Number, Length: 5 } postcode
            && text.AsSpan(postcode.End, words[i].Start - postcode.End).Trim().IsEmpty) return true;
        for (int k = i + 1; k < words.Count && k <= i + 3; k++)
        {
            if (text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny("\n,;(:") >= 0) break;
            if (words[k].Span(text).Equals("cedex", StringComparison.OrdinalIgnoreCase)) return true;
        }
        for (int k = i - 1, seen = 0; k >= 0 && seen < 3; k--, seen++)
        {
            var w = words[k];
            if (text.AsSpan(w.End, words[k + 1].Start - w.End).IndexOfAny("\n,;(:") >= 0) return false;
            var s = w.Span(text);
            if (NameCues.PlaceWords.Has(s)) return true;
            if (w.Shape != WordShape.Lower && !NameCues.Particles.Has(s) && k != i - 1) return false;
        }
        return false;
    }

    private static bool IsFamous(string text, IReadOnlyList<WordToken> words, int first, int last) =>
        NameCues.FamousNamesakes.Contains(text[words[first].Start..words[last].End]);

    /// <summary>"(8 ans)", ", 14 ans" right after the word.</summary>
    private static bool AgeAfter(string text, WordToken w)
    {
        int p = w.End;
        if (p + 1 < text.Length && text[p] is '(' or ',') p++;
        else if (p + 2 < text.Length && text[p] == ' ' && text[p + 1] is '(' or ',') p += 2;
        else return false;
        if (p < text.Length && text[p] == ' ') p++;
        int digits = 0;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && digits < 3) { p++; digits++; }
        return digits > 0 && text.AsSpan(p).StartsWith(" ans", StringComparison.Ordinal);
    }

    private static readonly string[] SubjectVerbs = [" est ", " a ", " sera ", " était ", " avait ", " va ", " vient ", " n'est ", " n’est ", " ne ", " s'est ", " s’est "];

    /// <summary>A first name opening a sentence or a line, followed by a verb: "Jérôme est absent".</summary>
    private static bool SubjectOfSentence(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (w.Shape != WordShape.Capitalized) return false;
        int b = w.Start - 1;
        while (b >= 0 && text[b] == ' ') b--;
        if (b >= 0 && text[b] is not ('.' or '\n' or '!' or '?' or ',' or ':' or ';')) return false;
        var rest = text.AsSpan(w.End);
        foreach (var verb in SubjectVerbs)
        {
            if (!rest.StartsWith(verb, StringComparison.Ordinal)) continue;
            // "Rose est la couleur retenue", "Ange est un logiciel": a definition, not a person.
            var after = rest[verb.Length..];
            foreach (var article in Articles)
                if (after.StartsWith(article, StringComparison.Ordinal)) return false;
            return true;
        }
        return false;
    }

    private static readonly string[] Articles = ["un ", "une ", "le ", "la ", "les ", "l'", "l’", "des ", "du ", "de "];

    /// <summary>A capital letter and its dot ("G."), not the end of a sentence's last word.</summary>
    private static bool IsInitial(string text, WordToken w) =>
        w.Length == 1 && char.IsUpper(text[w.Start]) && w.End < text.Length && text[w.End] == '.';

    private static bool SameLineSpace(string text, WordToken a, WordToken b)
    {
        int gap = b.Start - a.End;
        return gap == 1 && text[a.End] == ' ';
    }

    /// <summary>Table cells: "Dumas;Lamine", tab-separated columns.</summary>
    private static bool SameLineSeparator(string text, WordToken a, WordToken b)
    {
        int gap = b.Start - a.End;
        return gap == 1 && text[a.End] is ';' or '\t';
    }
}
