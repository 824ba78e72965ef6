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
public sealed partial class PersonNameRecognizer(NameLexicon lexicon) : IRecognizer
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

    /// <summary>
    /// The names of the text: plain methods, not iterators (an iterator keeps its locals in fields of its
    /// state machine, and the loop over every word then reads and writes memory instead of registers).
    /// </summary>
    private List<Finding> Find(AnalysisContext context)
    {
        string text = context.Text;
        var words = context.Words;
        var spans = Spans(text, words);
        DropAiTools(text, words, spans);
        var findings = new List<Finding>(spans.Count * 2);
        foreach (var s in spans)
            findings.Add(Make(words, s.First, s.Last, s.Confidence, s.Cue));
        Propagate(context, words, spans, findings);
        return findings;
    }

    /// <summary>The names found by their cues, in text order (table columns last).</summary>
    private List<(int First, int Last, Confidence Confidence, string Cue)> Spans(string text, IReadOnlyList<WordToken> words)
    {
        var spans = new List<(int First, int Last, Confidence Confidence, string Cue)>();
        List<(int First, int Last, Confidence Confidence, string Cue)>? tableSpans = null;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Shape is WordShape.Number or WordShape.Other) continue;
            var span = w.Span(text);
            // "Présents : Le Goff, Berthelot, Mme Sanogo": every item of an attendance list is a name.
            if (w.Length is >= 7 and <= 12 && w.End + 1 < text.Length && (text[w.End] == ':' || text[w.End + 1] == ':')
                && NameCues.AttendanceLabels.Has(span) && AttendanceList(text, words, i, spans) is int listEnd and > 0)
            {
                i = listEnd;
                continue;
            }
            // Tables: "matricule;nom;prenom", "| Nom | Prénom |": every cell of the column below is a name
            // (kept apart: the spans of the loop stay in text order).
            if (w.Length is >= 3 and <= 7 && (text[w.Start] | 0x20) is 'n' or 'p' && HeaderOfNameColumn(text, w))
            {
                NameColumn(text, words, w, tableSpans ??= []);
                continue;
            }
            if (w.Shape == WordShape.Lower)
            {
                if (i + 1 >= words.Count) continue;
                // "mme martin", "m. dupont": a hurried draft or prompt without capitals.
                if (words[i + 1].Shape == WordShape.Lower)
                {
                    if (span[0] == 'm' && IsLowerHonorific(span) && LowerCaseName(text, words, i) is int end and > 0)
                    {
                        spans.Add((i + 1, end, Confidence.Medium, "civilité"));
                        i = end;
                    }
                    continue;
                }
                // Lower-case words only matter as cues right before a name (most words are not).
                if (!words[i + 1].IsNameShaped || !SameLineSpace(text, w, words[i + 1])) continue;
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
                else if (NameCues.Titles.Has(span) && TitledName(text, words, i) is int end and > 0)
                {
                    spans.Add((i + 1, end, Confidence.Medium, "grade ou titre"));
                    i = MoreTitledNames(text, words, span, end, spans);
                }
                continue;
            }
            if (i + 1 < words.Count && words[i + 1].IsNameShaped && SameLineSpace(text, w, words[i + 1]) && NameCues.FamilyWords.Has(span))
            {
                int last = ReadName(text, words, i + 1, false);
                if (last > i) { spans.Add((i + 1, last, Confidence.Medium, "famille")); i = last; continue; }
            }
            // "Capitaine Durand", "Brigadier-chef MOREL": a rank or title opening a line or a sentence.
            if (i + 1 < words.Count && words[i + 1].IsNameShaped && SameLineSpace(text, w, words[i + 1]) && NameCues.Titles.Has(span)
                && TitledName(text, words, i) is int titled and > 0)
            {
                spans.Add((i + 1, titled, Confidence.Medium, "grade ou titre"));
                i = MoreTitledNames(text, words, span, titled, spans);
                continue;
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
                if (last <= i) continue;
                spans.Add((i + 1, last, Confidence.High, "civilité"));
                bool plural = NameCues.PluralHonorifics.Has(span);
                i = last;
                // "MM. Durand et Lopez", "Mmes Petit, Morel et Roy": a plural honorific covers each name.
                while (plural && NextInList(text, words, i) is int next and > 0)
                {
                    int more = ReadName(text, words, next, false, checkFirstGap: false);
                    if (more < next) break;
                    spans.Add((next, more, Confidence.High, "civilité"));
                    i = more;
                }
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
                int last = ReadName(text, words, i + 1, false, firstGapMayBeSeparator: true, afterFirstName: true);
                if (last > i && IsFamous(text, words, i, last)) { i = last; continue; }
                if (last > i)
                {
                    bool upperSurname = words[last].Shape == WordShape.Upper;
                    AddCoordinatedFirstName(text, words, i, spans);
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
                // "Tiago (8 ans)", "Emma (CM1)", "Mathilde est en congé", "Jérôme a appelé", "voir avec Baptiste",
                // "De : Sandrine", "Valentin du service informatique", "Chloé et Enzo…": a first name alone, with its
                // age or class, as the subject of a sentence, after a word that calls a person, after a header
                // label, before its service, or coordinated with a name just found.
                // "Da Silva, née le…": after a capitalised particle the word is a surname's end, not a first name alone.
                bool afterParticle = i > 0 && words[i - 1].IsNameShaped && NameCues.Particles.Has(words[i - 1].Span(text))
                    && SameLineSpace(text, words[i - 1], w);
                if (!afterParticle && (AgeOrClassAfter(text, w) || SubjectOfSentence(text, words, i) || IsKinOrSignature(text, words, i)
                    || PersonCueBefore(text, words, i) || LabelBefore(text, words, i) || ServiceAfter(text, w)
                    || CoordinatedWithLast(text, words, i, spans) || PairedInSentence(text, words, i) || Mentioned(text, w)
                    || AgeBefore(text, w) || BracketedAfterName(text, words, i, spans) || RoleAfter(text, words, i)))
                {
                    AddCoordinatedFirstName(text, words, i, spans);
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
            // "DURAND Abdelkader", in tables "Dumas;Lamine", in lists "- Dupont Jean", "Présents : Dupont Jean, Roy Anne".
            if (IsSurnameToken(text, w) && i + 1 < words.Count && IsFirstNameToken(text, words[i + 1]) && !InPlaceName(text, words, i)
                && ((w.Shape == WordShape.Upper && SameLineSpace(text, w, words[i + 1]))
                    || (SameLineSeparator(text, w, words[i + 1]) && !FullNameInNextCell(text, words, i + 1))
                    || (SameLineSpace(text, w, words[i + 1]) && lexicon.IsSurname(span) && !NameCues.PlaceWords.Has(span)
                        && IsListItem(text, w.Start, words[i + 1].End))))
            {
                spans.Add((i, i + 1, Confidence.High, "NOM + prénom"));
                i++;
                continue;
            }
            // "Dupont, Marie : présente", "- LEROY, Anne (secrétaire)": the inverted form of a list or a directory.
            if (i + 1 < words.Count && text.AsSpan(w.End, words[i + 1].Start - w.End) is ", " && InvertedName(text, words, i))
            {
                spans.Add((i, i + 1, Confidence.Medium, "NOM, prénom"));
                i++;
            }
        }

        if (tableSpans is not null) spans.AddRange(tableSpans);
        return spans;
    }

    /// <summary>
    /// "J'ai demandé à Albert, l'assistant IA, de…", "texte généré par Mistral": a first name alone that AI assistants are
    /// named like, with an AI word within five words of its sentence, is the tool (dropped before its name is learned).
    /// </summary>
    private static void DropAiTools(string text, IReadOnlyList<WordToken> words, List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        int kept = 0;
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            if (span.First != span.Last || !NameCues.AiAssistantNames.Has(words[span.First].Span(text))
                || !AiWordInSentence(text, words, span.First))
                spans[kept++] = span;
        }
        if (kept < spans.Count) spans.RemoveRange(kept, spans.Count - kept);
    }

    private static bool AiWordInSentence(string text, IReadOnlyList<WordToken> words, int i)
    {
        int start = Context.ContextWindow.SentenceStart(text, words[i].Start, 200);
        int end = Context.ContextWindow.SentenceEnd(text, words[i].End, 200);
        // Within five words: "Claude a complété le modèle de courrier généré par le service" is a person.
        for (int k = i - 1; k >= 0 && k >= i - 5 && words[k].Start >= start; k--)
            if (IsAiWord(text, words[k], end)) return true;
        for (int k = i + 1; k < words.Count && k <= i + 5 && words[k].End <= end; k++)
            if (IsAiWord(text, words[k], end)) return true;
        return false;
    }

    private static readonly string[] AiToolNounEnds =
        [",", ")", ".", ";", " IA", " d'IA", " d’IA", " virtuel", " conversationnel", " numérique", " intelligent", " génératif",
         " de rédaction", " de reformulation", " de synthèse", " de traduction", " de l'État", " de l’État", " en ligne"];

    private static bool IsAiWord(string text, WordToken w, int sentenceEnd)
    {
        var s = w.Span(text);
        if (s.Length < 2 || s.Length > 17) return false;
        if (NameCues.AiWords.Has(s)) return s.Length > 2 || w.Shape == WordShape.Upper; // "IA", not "ai" (j'ai)
        if (!NameCues.AiToolNouns.Has(s)) return false;
        var rest = text.AsSpan(w.End, Math.Max(0, Math.Min(text.Length, sentenceEnd + 1) - w.End));
        return rest.IsEmpty || StartsWithAny(rest, AiToolNounEnds);
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
    /// <param name="afterFirstName">
    /// The name follows a first name: its surname may open with a lower-case particle ("Jean-Baptiste de La Roche")
    /// or an elided one ("Stéphane d'Aubigny").
    /// </param>
    private static int ReadName(string text, IReadOnlyList<WordToken> words, int from, bool allowLowerParticleFirst,
        bool firstGapMayBeSeparator = false, bool checkFirstGap = true, bool afterFirstName = false)
    {
        int last = from - 1;
        int k = from;
        if (afterFirstName && k < words.Count && words[k].Shape == WordShape.Lower && NameCues.LowerParticles.Has(words[k].Span(text)))
            allowLowerParticleFirst = true;
        while (k < words.Count && k - from < 4)
        {
            var w = words[k];
            if (k > from || checkFirstGap)
            {
                bool joined = k == from && firstGapMayBeSeparator
                    ? SameLineSpace(text, words[k - 1], w) || SameLineSeparator(text, words[k - 1], w)
                    : SameLineSpace(text, words[k - 1], w);
                if (!joined && k == from && afterFirstName && ElidedDe(text, words[k - 1], w) && IsSurnameShaped(text, w))
                {
                    last = k;
                    k++;
                    continue;
                }
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
        // "M" only counts as an abbreviation with its dot: "M. Durand", not "M Durand" in a heading. "Me" (Maître)
        // is often written without it, but then not at the start of a sentence ("Me voici") unless the name is upper case.
        bool dotted = w.End < text.Length && text[w.End] == '.';
        if (s is "M" or "MM" && !dotted) return false;
        if (s == "Me" && !dotted && i + 1 < words.Count && words[i + 1].Shape != WordShape.Upper)
        {
            int b = w.Start - 1;
            while (b >= 0 && text[b] == ' ') b--;
            if (b < 0 || !(char.IsLetter(text[b]) || text[b] == ',')) return false;
        }
        if (s == "Me" && w.Start > 0 && char.IsLetter(text[w.Start - 1])) return false;
        var next = words[i + 1];
        int gap = next.Start - w.End;
        return gap is >= 1 and <= 2 && !text.AsSpan(w.End, gap).ContainsAny('\n', ',');
    }

    /// <summary>
    /// A first name alone counts after a kinship word ("mon fils Amadou", "la maman de Lucas", "la mère d'Inès")
    /// or on a signature line.
    /// </summary>
    private static bool IsKinOrSignature(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (i > 0)
        {
            var prev = words[i - 1];
            var gap = text.AsSpan(prev.End, w.Start - prev.End);
            if (!gap.Contains('\n') && gap.Trim().Length <= 1 && NameCues.KinWords.Has(prev.Span(text)))
                return true;
            if (LinkedBy(text, words, i, "de") is int cue and >= 0 && NameCues.KinWords.Has(words[cue].Span(text)))
                return true;
            // "Merci, Julie", "Bises, Karim" closing a message on one line.
            if (gap is ", " && (NameCues.SignOffs.Has(prev.Span(text)) || NameCues.Greetings.Has(prev.Span(text))))
                return true;
        }
        // Signature: the first name alone on its line, after a closing line ("Bises,", "Merci,").
        int lineStart = text.LastIndexOf('\n', Math.Max(0, w.Start - 1)) + 1;
        int lineEnd = text.IndexOf('\n', w.End);
        if (lineEnd < 0) lineEnd = text.Length;
        if (!text.AsSpan(lineStart, w.Start - lineStart).IsWhiteSpace()) return false;
        var rest = text.AsSpan(w.End, lineEnd - w.End).Trim();
        if (rest is ",") return true; // "Kévin," opening a mail
        // "Bises,\nManon »": a signature inside a quoted message.
        if (rest.Length > 0 && rest is not ("." or "»" or "\"" or "”")) return false;
        if (lineStart < 2) return false;
        if (rest.Length == 0 && RoleLineBelow(text, lineStart, lineEnd)) return true;
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
            if (text.AsSpan(w.End, words[k + 1].Start - w.End).IndexOfAny("\n,;(:–—") >= 0) return false;
            var s = w.Span(text);
            // "une place en crèche pour Éléa": a preposition between them, the name is not the place's.
            if (s is "pour" or "avec" or "chez" or "par") return false;
            // "le directeur de cabinet Paul Roux": a role, not a firm.
            if (s is "cabinet" && k > 0 && words[k - 1].Span(text) is "de" or "du") return false;
            if (NameCues.PlaceWords.Has(s))
                return !(NameCues.OrdinaryPlaceWords.Has(s) && LinkedBy(text, words, i, "à") == k);
            if (w.Shape != WordShape.Lower && !NameCues.Particles.Has(s) && k != i - 1) return false;
        }
        return false;
    }

    /// <summary>"m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle" (a switch: most lower-case words pass here).</summary>
    private static bool IsLowerHonorific(ReadOnlySpan<char> w) => w.Length switch
    {
        1 => w[0] == 'm',
        2 => w is "mr",
        3 => w is "mme",
        4 => w is "mlle",
        6 => w is "madame",
        8 => w is "monsieur",
        12 => w is "mademoiselle",
        _ => false,
    };

    /// <summary>
    /// "le capitaine Durand", "l'abbé Martin": the index of the last word of the name after the rank or title at
    /// <paramref name="i"/>, or −1 (not in a street's name: "avenue du Général Leclerc"; not a namesake: "général de Gaulle").
    /// </summary>
    private static int TitledName(string text, IReadOnlyList<WordToken> words, int i)
    {
        int last = ReadName(text, words, i + 1, false);
        if (last <= i || InPlaceName(text, words, i + 1) || InPlaceName(text, words, i) || IsFamous(text, words, i + 1, last)) return -1;
        return last;
    }

    /// <summary>"mme martin", "m. dupont", "monsieur jean dupont": the index of the last word of the name, or −1.</summary>
    private int LowerCaseName(string text, IReadOnlyList<WordToken> words, int i)
    {
        var h = words[i];
        var n = words[i + 1];
        var gap = text.AsSpan(h.End, n.Start - h.End);
        bool dotted = gap.Length > 0 && gap[0] == '.';
        // "m" only with its dot, and not as metres ("200 m. environ").
        if (h.Length == 1 && (!dotted || (h.Start >= 2 && char.IsAsciiDigit(text[h.Start - 2])) || (h.Start >= 1 && char.IsAsciiDigit(text[h.Start - 1]))))
            return -1;
        if (gap.Length > 2 || gap.ContainsAnyExcept(' ', '.') || !gap.EndsWith(" ")) return -1;
        if (!IsLowerCaseNameWord(text, n, out bool firstName)) return -1;
        if (firstName && i + 2 < words.Count && words[i + 2].Shape == WordShape.Lower && SameLineSpace(text, n, words[i + 2])
            && IsLowerCaseNameWord(text, words[i + 2], out _) && lexicon.IsSurname(words[i + 2].Span(text)))
            return i + 2;
        return i + 1;
    }

    private bool IsLowerCaseNameWord(string text, WordToken w, out bool firstName)
    {
        var s = w.Span(text);
        firstName = false;
        if (w.Length < 3 || NameCues.Particles.Has(s) || NameCues.NotNames.Has(s)) return false;
        firstName = lexicon.IsFirstName(s);
        return firstName || lexicon.IsSurname(s);
    }

    /// <summary>After word <paramref name="i"/>, the next name of a list: "Durand et Lopez", "Petit, Morel"; or −1.</summary>
    private static int NextInList(string text, IReadOnlyList<WordToken> words, int i)
    {
        if (i + 1 >= words.Count) return -1;
        var gap = text.AsSpan(words[i].End, words[i + 1].Start - words[i].End);
        if (gap is ", " && words[i + 1].IsNameShaped) return i + 1;
        if (i + 2 < words.Count && SameLineSpace(text, words[i], words[i + 1]) && words[i + 1].Span(text) is "et"
            && SameLineSpace(text, words[i + 1], words[i + 2]) && words[i + 2].IsNameShaped) return i + 2;
        return -1;
    }

    /// <summary>
    /// The word linked to word <paramref name="i"/> by "de", "à" (when <paramref name="link"/> is "à") or an elided
    /// "d'": "maman de Lucas", "mère d'Inès", "merci à Thomas". Its index, or −1.
    /// </summary>
    private static int LinkedBy(string text, IReadOnlyList<WordToken> words, int i, string link)
    {
        if (i < 1) return -1;
        var prev = words[i - 1];
        if (ElidedDe(text, prev, words[i])) return i - 1;
        if (i < 2 || !SameLineSpace(text, prev, words[i]) || !SameLineSpace(text, words[i - 2], prev)) return -1;
        var p = prev.Span(text);
        return p is "de" || (link == "à" && p is "à") ? i - 2 : -1;
    }

    private static bool ElidedDe(string text, WordToken a, WordToken b) =>
        b.Start - a.End == 3 && text[a.End] == ' ' && text[a.End + 1] is 'd' or 'D' && text[a.End + 2] is '\'' or '’';

    /// <summary>
    /// A capitalised first name after a word that calls a person: "voir avec Baptiste", "envoyé par Justine",
    /// "selon Paul", "d'après Lucie", "merci à Thomas", "de la part de Lucie", "transmettre à Sébastien".
    /// </summary>
    private static bool PersonCueBefore(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (w.Shape != WordShape.Capitalized || i < 1) return false;
        var prev = words[i - 1];
        if (SameLineSpace(text, prev, w))
        {
            var p = prev.Span(text);
            // "par" only after a past participle ("envoyé par Justine", "suivi par Amandine"), not "passera par Annecy".
            if (p is "par" or "Par") return i >= 2 && IsParticiple(words[i - 2].Span(text));
            // "le jumelage avec Florence", "la délégation s'est rendue à Florence": a town abroad.
            if (p is "avec" or "à" && NameCues.PlaceLikeFirstNames.Has(w.Span(text)) && SetWordOnLineBefore(text, words, i - 1, NameCues.TownContextWords)) return false;
            if (NameCues.PersonPrepositions.Has(p)) return true;
            // "transport adapté pour Adam", "une place pour Inès": not a common noun written with a capital ("pour Victoire").
            if (p is "pour") return !NameCues.WordLikeFirstNames.Has(w.Span(text)) && !NameCues.PlaceLikeFirstNames.Has(w.Span(text));
            // "écris un mail à Stéphanie", "j'ai transmis le dossier à Yasmina": few towns are first names (and those are listed).
            // Not a town that is a first name ("à Florence", "à Massy") unless a verb addresses the person ("écrit à Florence").
            if (p is "à") return !NameCues.PlaceLikeFirstNames.Has(w.Span(text)) || SetWordOnLineBefore(text, words, i - 1, NameCues.VerbsToAPerson);
            // "d'après Lucie": the tokeniser left "après" without its elided "d'".
            if (p.Equals("après", StringComparison.OrdinalIgnoreCase) && prev.Start >= 2 && text[prev.Start - 2] is 'd' or 'D'
                && text[prev.Start - 1] is '\'' or '’') return true;
        }
        int cue = LinkedBy(text, words, i, "à");
        return cue >= 0 && NameCues.PersonVerbsBeforePreposition.Has(words[cue].Span(text)) && !NameCues.PlaceLikeFirstNames.Has(w.Span(text));
    }

    /// <summary>
    /// A word of <paramref name="set"/> among the four words before <paramref name="i"/> on its line: a verb that
    /// addresses a person ("écrit à", "transmis le dossier à"), a word of a town's context (jumelage, délégation, séjour…).
    /// </summary>
    private static bool SetWordOnLineBefore(string text, IReadOnlyList<WordToken> words, int i, WordSet set)
    {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--)
        {
            if (text.AsSpan(words[k].End, words[k + 1].Start - words[k].End).Contains('\n')) return false;
            if (set.Has(words[k].Span(text))) return true;
        }
        return false;
    }

    private static bool IsParticiple(ReadOnlySpan<char> word) =>
        word.EndsWith("é") || word.EndsWith("ée") || word.EndsWith("és") || word.EndsWith("ées") || word.EndsWith("i")
        || word.EndsWith("ie") || word.EndsWith("is") || word.EndsWith("ise") || word.EndsWith("u") || word.EndsWith("ue")
        || word.EndsWith("it") || word.EndsWith("ite");

    /// <summary>"De : Sandrine", "Contact : Nadia", "Dossier suivi par : Amandine": a header or form label before the first name.</summary>
    private static bool LabelBefore(string text, IReadOnlyList<WordToken> words, int i)
    {
        if (i < 1) return false;
        var label = words[i - 1];
        var gap = text.AsSpan(label.End, words[i].Start - label.End);
        if (gap.Length > 4 || gap.Trim() is not ":") return false;
        var l = label.Span(text);
        if (l.Equals("par", StringComparison.OrdinalIgnoreCase)) return true;
        if (!NameCues.PersonLabels.Has(l)) return false;
        // The label opens its line (after a bullet at most): "De : Sandrine", not "… de : Sandrine".
        int p = label.Start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '-' or '•' or '*' or '>') p--;
        return p < 0 || text[p] == '\n';
    }

    private static readonly string[] ServiceStarts =
    [
        " du service", " du pôle", " de la direction", " de l'accueil", " de l’accueil", " de la DRH",
        " de la DSI", " des RH", " (service", " (pôle", " (direction", " (accueil", " (DRH", " (RH", " (DSI", " (CCAS", " (mairie",
    ];

    /// <summary>"Valentin du service informatique", "Gérard (service paie)": a first name before its service.</summary>
    private static bool ServiceAfter(string text, WordToken w)
    {
        var rest = text.AsSpan(w.End);
        foreach (var start in ServiceStarts)
            if (rest.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>"Karim, Julie" after "Cc : Karim", "Chloé et Enzo Garnier": a first name listed right after a name just found.</summary>
    private static bool CoordinatedWithLast(string text, IReadOnlyList<WordToken> words, int i,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        if (spans.Count == 0 || i < 1) return false;
        int last = spans[^1].Last;
        if (last == i - 1) return text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End) is ", ";
        return last == i - 2 && words[i - 1].Span(text) is "et" && SameLineSpace(text, words[i - 2], words[i - 1])
            && SameLineSpace(text, words[i - 1], words[i]);
    }

    /// <summary>
    /// "Jean et Marie Dubois", "Rayan, Lucas et Mohamed ont…": the first names listed before the one at
    /// <paramref name="i"/> (by "et" or commas) are persons too.
    /// </summary>
    private void AddCoordinatedFirstName(string text, IReadOnlyList<WordToken> words, int i,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        int floor = spans.Count > 0 ? spans[^1].Last : -1;
        for (int k = i; ;)
        {
            int prev;
            if (k >= 2 && words[k - 1].Span(text) is "et" && SameLineSpace(text, words[k - 1], words[k])
                && SameLineSpace(text, words[k - 2], words[k - 1])) prev = k - 2;
            else if (k >= 1 && text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End) is ", ") prev = k - 1;
            else return;
            var first = words[prev];
            if (prev <= floor || first.Shape != WordShape.Capitalized || !IsFirstNameToken(text, first)
                || NameCues.WordLikeFirstNames.Has(first.Span(text)) || NameCues.PlaceWords.Has(first.Span(text))
                || InPlaceName(text, words, prev)) return;
            spans.Add((prev, prev, Confidence.Medium, "prénom"));
            k = prev;
        }
    }

    /// <summary>
    /// "les enfants du couple, Léo et Manon, sont…": two first names joined by "et" in mid-sentence (their
    /// capitals there mark names, not the start of a sentence).
    /// </summary>
    private bool PairedInSentence(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (w.Shape != WordShape.Capitalized || i + 2 >= words.Count || NameCues.WordLikeFirstNames.Has(w.Span(text))) return false;
        int b = w.Start - 1;
        while (b >= 0 && text[b] == ' ') b--;
        if (b < 0 || !(char.IsLetter(text[b]) || text[b] == ',')) return false;
        var second = words[i + 2];
        return words[i + 1].Span(text) is "et" && SameLineSpace(text, w, words[i + 1]) && SameLineSpace(text, words[i + 1], second)
            && second.Shape == WordShape.Capitalized && IsFirstNameToken(text, second) && !NameCues.WordLikeFirstNames.Has(second.Span(text))
            && !InPlaceName(text, words, i);
    }

    /// <summary>"un petit garçon de 2 ans, Nathan", "sa fille de 6 mois, Lina": a first name in apposition after an age.</summary>
    private static bool AgeBefore(string text, WordToken w)
    {
        int p = w.Start - 2;
        if (p < 6 || text[p] != ',' || text[p + 1] != ' ') return false;
        var before = text.AsSpan(p - 6, 6);
        int unit = before.EndsWith(" ans") ? 4 : before.EndsWith(" mois") ? 5 : 0;
        return unit > 0 && char.IsAsciiDigit(before[^(unit + 1)]);
    }

    /// <summary>
    /// "Lucie, agent d'accueil, a reçu…", "Claude, notre assistant de prévention": a first name in apposition to its role
    /// (not a common noun: "Rose, la couleur").
    /// </summary>
    private static bool RoleAfter(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (i + 2 >= words.Count || w.End + 2 >= text.Length || text[w.End] != ',' || text[w.End + 1] != ' ') return false;
        if (w.Shape != WordShape.Capitalized || NameCues.WordLikeFirstNames.Has(w.Span(text))) return false;
        int k = i + 1;
        // "l'assistante sociale": the tokeniser dropped the elided article.
        bool elided = words[k].Start == w.End + 4 && text[w.End + 2] is 'l' or 'L' && text[w.End + 3] is '\'' or '’';
        if (words[k].Start != w.End + 2 && !elided) return false;
        var first = words[k].Span(text);
        if (!elided && first is "notre" or "votre" or "la" or "le" or "mon" or "ma" or "son" or "sa" or "leur")
        {
            if (!SameLineSpace(text, words[k], words[k + 1])) return false;
            k++;
        }
        return words[k].Shape == WordShape.Lower && NameCues.RoleWords.Has(words[k].Span(text));
    }

    /// <summary>"M. Ben Youssef (Karim)", "Secrétaire : moi (Gaëlle)": the first name in brackets after a name just found, or after "moi".</summary>
    private static bool BracketedAfterName(string text, IReadOnlyList<WordToken> words, int i,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        var w = words[i];
        if (i < 1 || w.Start < 2 || text[w.Start - 1] != '(' || w.End >= text.Length || text[w.End] != ')') return false;
        var prev = words[i - 1];
        if (text.AsSpan(prev.End, w.Start - prev.End) is not " (" || NameCues.PlaceLikeFirstNames.Has(w.Span(text))) return false;
        return (spans.Count > 0 && spans[^1].Last == i - 1) || prev.Span(text) is "moi";
    }

    /// <summary>
    /// After a plural rank ("les brigadiers Morel et Haddad"), the other names of its list; returns the index of the
    /// last word read.
    /// </summary>
    private static int MoreTitledNames(string text, IReadOnlyList<WordToken> words, ReadOnlySpan<char> title, int last,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        if (title[^1] is not ('s' or 'x')) return last;
        while (NextInList(text, words, last) is int next and > 0)
        {
            int more = ReadName(text, words, next, false, checkFirstGap: false);
            if (more < next || InPlaceName(text, words, next)) break;
            spans.Add((next, more, Confidence.Medium, "grade ou titre"));
            last = more;
        }
        return last;
    }

    /// <summary>
    /// "Membres présents : Le Goff, Berthelot, Mme Sanogo et Hamel.": the items of an attendance list on the label's
    /// line, each a name (with its honorific, particles, a role in brackets after it). Returns the index of the last word
    /// read, or −1 when the label has no colon or no name follows it.
    /// </summary>
    private int AttendanceList(string text, IReadOnlyList<WordToken> words, int i,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        if (i + 1 >= words.Count || text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Trim() is not ":") return -1;
        int k = i + 1, lastRead = -1;
        while (k < words.Count)
        {
            int first = k;
            if (IsHonorific(text, words, k)) first = ++k;
            int end = ReadName(text, words, first, allowLowerParticleFirst: false, checkFirstGap: false);
            // An item is a name: upper-case, or a word of the INSEE lists, not a service or a role ("la DRH", "le maire").
            bool name = end >= first && words[first].Shape != WordShape.Lower;
            if (name)
            {
                bool known = false;
                for (int j = first; j <= end && !known; j++)
                    known = words[j].Shape == WordShape.Upper || lexicon.IsSurname(words[j].Span(text)) || lexicon.IsFirstName(words[j].Span(text));
                name = known && !IsFamous(text, words, first, end);
            }
            if (!name) return lastRead;
            spans.Add((first, end, Confidence.Medium, "liste de présence"));
            lastRead = end;
            // A role in brackets after the name: "Durand (maire)".
            int after = end;
            if (after + 1 < words.Count && text.AsSpan(words[after].End, words[after + 1].Start - words[after].End) is " (")
            {
                int close = text.IndexOf(')', words[after].End, Math.Min(40, text.Length - words[after].End));
                if (close < 0 || text.AsSpan(words[after].End, close - words[after].End).Contains('\n')) return lastRead;
                while (after + 1 < words.Count && words[after + 1].End <= close) after++;
                if (after + 1 >= words.Count) return lastRead;
                var gap = text.AsSpan(close + 1, words[after + 1].Start - close - 1);
                if (gap is ", ") { k = after + 1; continue; }
                if (gap is " " && words[after + 1].Span(text) is "et" && after + 2 < words.Count) { k = after + 2; continue; }
                return lastRead;
            }
            if (NextInList(text, words, end) is int next and > 0) { k = next; continue; }
            return lastRead;
        }
        return lastRead;
    }

    /// <summary>
    /// A signature block: the first name's line (after a blank line) is followed by a role or service line
    /// ("Karima\nCoordinatrice périscolaire", "Hugo\nService des élections\nelections@…") that ends the text
    /// within a few lines.
    /// </summary>
    private static bool RoleLineBelow(string text, int lineStart, int lineEnd)
    {
        // A blank line above.
        int p = lineStart - 1;
        if (p < 1 || text[p] != '\n') return false;
        p--;
        while (p >= 0 && text[p] is ' ' or '\t' or '\r') p--;
        if (p >= 0 && text[p] != '\n') return false;
        if (lineEnd >= text.Length) return false;
        int next = lineEnd + 1;
        int nextEnd = text.IndexOf('\n', next);
        if (nextEnd < 0) nextEnd = text.Length;
        var role = text.AsSpan(next, nextEnd - next).Trim();
        if (role.Length is < 3 or > 60 || !char.IsUpper(role[0]) || role[^1] is '.' or ':' or '?' or ',') return false;
        // The block ends the text: at most three more lines, short.
        int rest = nextEnd, lines = 0;
        while (rest < text.Length)
        {
            int e = text.IndexOf('\n', rest + 1);
            if (e < 0) e = text.Length;
            if (!text.AsSpan(rest, e - rest).IsWhiteSpace() && ++lines > 3) return false;
            rest = e;
            if (rest - nextEnd > 200) return false;
        }
        return true;
    }

    /// <summary>"@Sophie peux-tu…": a mention in a chat or a shared document.</summary>
    private static bool Mentioned(string text, WordToken w) =>
        w.Start >= 1 && text[w.Start - 1] == '@' && (w.Start == 1 || char.IsWhiteSpace(text[w.Start - 2]));

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?i:nom|pr[ée]noms?|name|surname|firstname|lastname|(?:first|last|given|family)[ _]?name|nom[ _](?:de[ _])?(?:famille|naissance|usage|d['’]usage|usuel|complet)|nom[ _]?(?:et[ _])?pr[ée]noms?|pr[ée]noms?[ _]?(?:et[ _])?nom)\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex NameHeader();

    /// <summary>
    /// "nom", "prénom", "name" right before or after a table separator (; , tab |), in a cell that is a name column's
    /// header (the caller tests the initial first, as most words pass there; this stays out of the loop's code).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool HeaderOfNameColumn(string text, WordToken w)
    {
        bool separated = (w.End < text.Length && text[w.End] is ';' or ',' or '\t' or '|') || (w.Start > 0 && text[w.Start - 1] is ';' or ',' or '\t' or '|')
            || (w.End + 1 < text.Length && text[w.End] == ' ' && text[w.End + 1] == '|') || (w.Start > 1 && text[w.Start - 1] == ' ' && text[w.Start - 2] == '|');
        return separated && NameCues.NameHeaderWords.Has(w.Span(text)) && NameHeader().IsMatch(TableColumn.CellAround(text, w.Start));
    }

    /// <summary>The cells of the header's column in the rows below it, when they look like names.</summary>
    private static void NameColumn(string text, IReadOnlyList<WordToken> words, WordToken header,
        List<(int First, int Last, Confidence Confidence, string Cue)> spans)
    {
        foreach (var (start, end) in TableColumn.CellsBelow(text, header.Start))
        {
            int first = FirstWordFrom(words, start);
            if (first < 0 || words[first].End > end) continue;
            int last = first;
            while (last + 1 < words.Count && words[last + 1].End <= end) last++;
            if (last - first < 4 && IsNameCell(text, words, first, last))
                spans.Add((first, last, Confidence.High, "colonne nom ou prénom"));
        }
    }

    /// <summary>Name-shaped words (particles allowed), no digits and no acronym alone: "Da Costa", "BERTRAND", "Leïla".</summary>
    private static bool IsNameCell(string text, IReadOnlyList<WordToken> words, int first, int last)
    {
        bool name = false;
        for (int k = first; k <= last; k++)
        {
            var w = words[k];
            if (k > first && !SameLineSpace(text, words[k - 1], w)) return false;
            if (NameCues.Particles.Has(w.Span(text))) continue;
            if (!IsSurnameShaped(text, w)) return false;
            name = true;
        }
        return name;
    }

    /// <summary>The index of the first word starting at or after <paramref name="position"/> (binary search), or −1.</summary>
    private static int FirstWordFrom(IReadOnlyList<WordToken> words, int position)
    {
        int lo = 0, hi = words.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (words[mid].Start >= position) { found = mid; hi = mid - 1; } else lo = mid + 1;
        }
        return found;
    }

    /// <summary>"Culture;Paul Girard": the first name after the separator opens a full name of its own cell.</summary>
    private static bool FullNameInNextCell(string text, IReadOnlyList<WordToken> words, int first) =>
        first + 1 < words.Count && SameLineSpace(text, words[first], words[first + 1]) && IsSurnameShaped(text, words[first + 1]);

    /// <summary>
    /// "Dupont, Marie" opening a list item or a line and closing it (or before a colon, a bracket): a surname of the
    /// INSEE list that is not a first name, or an upper-case one, then a first name.
    /// </summary>
    private bool InvertedName(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        var span = w.Span(text);
        if (!IsSurnameShaped(text, w) || !IsFirstNameToken(text, words[i + 1]) || NameCues.PlaceWords.Has(span)) return false;
        if (w.Shape != WordShape.Upper && (!lexicon.IsSurname(span) || lexicon.IsFirstName(span))) return false;
        // "Garnier, Lucas, Martin : les candidats" is a list of three.
        int q = words[i + 1].End;
        while (q < text.Length && text[q] == ' ') q++;
        return (q >= text.Length || text[q] != ',') && IsListItem(text, w.Start, words[i + 1].End);
    }

    /// <summary>A list item: "- Dupont Jean", "Présents : Dupont Jean, Roy Anne." (list marks or separators on both sides).</summary>
    private static bool IsListItem(string text, int start, int end)
    {
        int p = start - 1;
        while (p >= 0 && text[p] is ' ' or '\t') p--;
        // A numbered item: "3. Dupont Jean", "- dossier 17 Kowalczyk Tomasz :", "n° 4 Martin Paul".
        if (p >= 0 && (char.IsAsciiDigit(text[p]) || (p > 0 && text[p] is '.' or ')' && char.IsAsciiDigit(text[p - 1]))))
        {
            if (!char.IsAsciiDigit(text[p])) p--;
            int digitsEnd = p;
            while (p >= 0 && char.IsAsciiDigit(text[p])) p--;
            if (digitsEnd - p > 4) return false;
            while (p >= 0 && text[p] is ' ' or '\t' or '°') p--;
            int wordEnd = p + 1;
            while (p >= 0 && char.IsLetter(text[p])) p--;
            if (!NumberedItemWord(text.AsSpan(p + 1, wordEnd - p - 1))) p = wordEnd - 1;
            while (p >= 0 && text[p] is ' ' or '\t') p--;
        }
        if (p >= 0 && text[p] is not ('\n' or '-' or '•' or '*' or '–' or ',' or ';' or ':')) return false;
        int q = end;
        while (q < text.Length && text[q] is ' ' or '\t') q++;
        return q >= text.Length || text[q] is '\n' or '\r' or ',' or ';' or '.' or '(' or ':' or '–';
    }

    private static bool NumberedItemWord(ReadOnlySpan<char> word) =>
        word.Equals("dossier", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase)
        || word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("situation", StringComparison.OrdinalIgnoreCase)
        || word.Equals("demande", StringComparison.OrdinalIgnoreCase) || word.Equals("ligne", StringComparison.OrdinalIgnoreCase);

    private static bool IsFamous(string text, IReadOnlyList<WordToken> words, int first, int last) =>
        NameCues.FamousNamesakes.Contains(text[words[first].Start..words[last].End]);

    /// <summary>"(8 ans)", ", 14 ans", "(CM1)", "(6e)" right after the word.</summary>
    private static bool AgeOrClassAfter(string text, WordToken w)
    {
        int p = w.End;
        if (p + 1 < text.Length && text[p] is '(' or ',') p++;
        else if (p + 2 < text.Length && text[p] == ' ' && text[p + 1] is '(' or ',') p += 2;
        else return false;
        bool parenthesis = text[p - 1] == '(';
        if (p < text.Length && text[p] == ' ') p++;
        // "Nolan, né le 02/11/2024", "Léa (née en 2019)", "Yanis, âgé de 9 ans".
        var after = text.AsSpan(p, Math.Min(8, text.Length - p));
        if (after.StartsWith("né le ") || after.StartsWith("née le ") || after.StartsWith("né en ") || after.StartsWith("née en ")
            || after.StartsWith("âgé de ") || after.StartsWith("âgée de ")) return true;
        int digits = 0;
        while (p < text.Length && char.IsAsciiDigit(text[p]) && digits < 3) { p++; digits++; }
        if (digits > 0 && text.AsSpan(p).StartsWith(" ans", StringComparison.Ordinal)) return true;
        if (!parenthesis) return false;
        int close = text.IndexOf(')', p, Math.Min(14, text.Length - p));
        // "Moussa (père)", "Awa (mère)", "Lina (fille aînée)": a kinship word in brackets.
        if (close > p && digits == 0)
        {
            var inside = text.AsSpan(p, close - p).Trim();
            int space = inside.IndexOf(' ');
            if (NameCues.KinWords.Has(space < 0 ? inside : inside[..space])) return true;
        }
        return close > 0 && SchoolClasses.Contains(text.AsSpan(p - digits, close - p + digits).Trim().ToString());
    }

    private static readonly HashSet<string> SchoolClasses = new(StringComparer.OrdinalIgnoreCase)
    {
        "TPS", "PS", "MS", "GS", "CP", "CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e", "3e", "6ème", "5ème", "4ème", "3ème", "2nde", "1re", "1ère", "Tle",
    };

    private static readonly string[] SubjectVerbs =
    [
        " est ", " a ", " sera ", " était ", " avait ", " va ", " vient ", " n'est ", " n’est ", " ne ", " s'est ", " s’est ",
        " m'a ", " m’a ", " t'a ", " t’a ", " nous a ", " vous a ", " lui a ", " leur a ", " m'avait ", " m’avait ", " nous avait ",
        " m'informe ", " m’informe ", " nous informe ", " m'indique ", " m’indique ", " m'a dit", " doit ", " devra ", " devait ", " peut ",
        " pourra ", " pourrait ", " souhaite ", " souhaiterait ", " voudrait ", " veut ", " demande ", " sollicite ", " aurait ", " serait ",
        " rappelle ", " appelle ", " confirme ", " indique ", " signale ", " précise ", " explique ", " travaille ", " habite ", " vit ",
        " reste ", " viendra ", " arrive ", " arrivera ", " part ", " partira ", " revient ", " reviendra ", " prendra ", " passera ",
    ];

    /// <summary>After a first name and its comma at the start of a sentence: the person is spoken to.</summary>
    private static readonly string[] Vocatives =
    [
        " tu ", " peux-tu", " pourrais-tu", " pouvez-vous", " pourriez-vous", " est-ce que", " as-tu", " aurais-tu", " sais-tu",
        " tu peux", " vous pouvez", " je te ", " je t'", " je t’", " merci ", " merci,", " merci.", " merci !",
    ];

    /// <summary>
    /// A conjugated verb after the first name, read from its ending: future ("présentera", "reprendra"), imperfect
    /// ("souhaitait"), subjunctive ("puisse", "soit"). Articles after it are allowed ("Marc présentera le projet").
    /// </summary>
    private static bool ConjugatedVerbFollows(ReadOnlySpan<char> rest)
    {
        rest = rest[1..];
        int n = 0;
        while (n < rest.Length && n < 16 && char.IsLower(rest[n])) n++;
        if (n < 4 || n == rest.Length || rest[n] is not (' ' or ',' or '.')) return false;
        var verb = rest[..n];
        if (verb is "puisse" or "soit" or "fasse" or "aille" or "ait" or "fera" or "aura" or "ira" or "dira" or "verra") return true;
        return n >= 6 && (verb.EndsWith("era") || verb.EndsWith("ira") || verb.EndsWith("dra") || verb.EndsWith("rra")
            || verb.EndsWith("tait") || verb.EndsWith("sait") || verb.EndsWith("vait") || verb.EndsWith("lait"));
    }

    /// <summary>Verbs after two first names joined by "et" ("Antoine et Julie sont en congé").</summary>
    private static readonly string[] PluralSubjectVerbs =
    [
        " sont ", " ont ", " seront ", " étaient ", " avaient ", " vont ", " viennent ", " m'ont ", " m’ont ", " nous ont ", " vous ont ",
        " doivent ", " peuvent ", " souhaitent ", " demandent ", " ne ", " n'ont ", " n’ont ", " se sont ", " serons ", " sommes ",
    ];

    /// <summary>A first name opening a sentence or a line, followed by a verb: "Jérôme est absent".</summary>
    private bool SubjectOfSentence(string text, IReadOnlyList<WordToken> words, int i)
    {
        var w = words[i];
        if (w.Shape != WordShape.Capitalized) return false;
        int b = w.Start - 1;
        while (b >= 0 && text[b] == ' ') b--;
        // "pour qu'Adam puisse", "lorsqu'Inès est arrivée": the subject of a subordinate clause.
        bool elidedQue = b >= 2 && b == w.Start - 1 && text[b] is '\'' or '’' && text[b - 1] == 'u' && text[b - 2] == 'q';
        if (b >= 0 && !elidedQue && text[b] is not ('.' or '\n' or '!' or '?' or ',' or ':' or ';')) return false;
        if (NameCues.WordLikeFirstNames.Has(w.Span(text))) return false;
        var rest = text.AsSpan(w.End);
        if (rest.Length < 3) return false;
        // "Jérôme, tu peux reprendre…", "Nadia, pourrais-tu…": a colleague called by the first name.
        if (rest[0] == ',' && StartsWithAny(rest[1..], Vocatives)) return true;
        if (rest[0] != ' ') return false;
        if (VerbFollows(rest, SubjectVerbs)) return true;
        if (ConjugatedVerbFollows(rest)) return !NameCues.PlaceLikeFirstNames.Has(w.Span(text));
        // "Antoine et Julie sont en congé", "Marie et moi serons absentes".
        if (!rest.StartsWith(" et ", StringComparison.Ordinal) || i + 2 >= words.Count) return false;
        var second = words[i + 2];
        var secondWord = second.Span(text);
        bool person = secondWord is "moi" or "lui" or "elle"
            || (second.Shape == WordShape.Capitalized && words[i + 1].Span(text) is "et" && IsFirstNameToken(text, second)
                && !NameCues.WordLikeFirstNames.Has(secondWord));
        return person && second.Start == w.End + 4 && VerbFollows(text.AsSpan(second.End), PluralSubjectVerbs);
    }

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] starts)
    {
        foreach (var start in starts)
            if (rest.StartsWith(start, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool VerbFollows(ReadOnlySpan<char> rest, string[] verbs)
    {
        foreach (var verb in verbs)
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

    /// <summary>One space between the words, or two ("MME  MARTIN  Sophie": a doubled space does not split a name).</summary>
    private static bool SameLineSpace(string text, WordToken a, WordToken b)
    {
        int gap = b.Start - a.End;
        return (gap == 1 && text[a.End] == ' ') || (gap == 2 && text[a.End] == ' ' && text[a.End + 1] == ' ');
    }

    /// <summary>Table cells: "Dumas;Lamine", tab-separated columns; file names: "CV_Ines_Benali.pdf".</summary>
    private static bool SameLineSeparator(string text, WordToken a, WordToken b)
    {
        int gap = b.Start - a.End;
        return gap == 1 && text[a.End] is ';' or '\t' or '_';
    }
}
