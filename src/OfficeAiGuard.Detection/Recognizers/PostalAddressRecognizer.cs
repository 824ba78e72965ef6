using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Context;
using OfficeAiGuard.Detection.Tokenization;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>
/// Street addresses: number (bis/ter, 12B), street type from the Base Adresse Nationale vocabulary (any
/// case), street name, then optionally building details, BP/CS, postcode and town, or "à Town"; building
/// details written before the number ("appartement 12, bâtiment B, résidence Les Glycines, 3 rue…") are
/// kept. Without a number ("lieu-dit Les Granges", "domicilié rue des Lilas à Rumilly") a street counts
/// when a postcode follows or a residence word comes before; a postcode and town alone count after a
/// residence word ("demeurant à 74150 Rumilly", "domiciliée à Rumilly (74150)") or an "Adresse :" label.
/// Addresses introduced as a public building's or a company's (mairie, CCAS, école, société…), or as
/// where an event takes place, are institutional, not personal: the nearer of the two cues decides.
/// </summary>
public sealed partial class PostalAddressRecognizer : IRecognizer
{
    public string Name => "fr-postal-address";
    public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.PostalAddress];

    private const string Explanation = "Adresse postale d'une personne : elle permet de la localiser.";

    // A street-name word: capitalised, or a day number or a year ("place du 8 Mai 1945"), never
    // the start of the postcode that follows ("15 rue Voltaire 69100 Villeurbanne").
    private const string Word = @"(?:[dlDL]['’])?(?:\p{Lu}|\d{1,2}(?!\d)|(?:1[89]|20)\d\d(?!\d))[\p{L}'’\-]*";
    private const string Particle = @"(?:de|du|des|la|le|les|aux|sur|sous|en|et|d['’]|l['’])";
    // A town stays on its line: "74540 Alby-sur-Chéran" then "Présents :" on the next line is not part of it.
    private const string Town = @"\p{Lu}[\p{L}'’\-]*(?:[ ](?:(?:sur|sous|en|l[èe]s|lez|le|la|les|de|du)[ ])?\p{Lu}[\p{L}'’\-]*){0,3}(?:[ ]+[Cc][Ee][Dd][Ee][Xx](?:[ ]\d{1,2})?)?";
    private const string Postcode = @"(?:0[1-9]|[1-8]\d|9[0-8])\d{3}";

    private const string StreetType = @"(?i:rue|avenue|av\.|av(?=\s)|boulevard|bd|place|pl\.|impasse|imp\.|all[ée]e|all\.|chemin|chem\.|route|rte(?=\s)|quai|cours|square|passage|r[ée]sidence|lotissement|hameau|lieu-dit|faubourg|cit[ée]|voie|sentier|parvis|esplanade|promenade|mont[ée]e|rond-point|villa|domaine|clos|mail|traverse|ruelle|venelle|sq\.)";

    private const string StreetName = @"(?:\s(?:" + Particle + @"\s?)*" + Word + @")(?:\s(?:" + Particle + @"\s?)*" + Word + @"){0,4}";

    // Building details after the street: "bâtiment C", "appt 12", "2e étage", "porte gauche", "rez-de-chaussée".
    // ", hameau de Chez Vuillet", ", résidence Les Pins" after the street belong to it too.
    private const string Details = @"(?:(?:,|\s[–\-])?\s(?:(?i:b[âa]t(?:iment|\.)?|appartement|appt\.?|apt\.?|escalier|esc\.|porte|[ée]tage|logement|entr[ée]e)\s[\w\-]+|\d{1,2}(?:e|er|[èe]re|[èe]me)\s[ée]tage|rez-de-chauss[ée]e"
        + @"|(?i:hameau|lieu-dit|r[ée]sidence|lotissement)" + StreetName + "))*";

    private const string PostBox = @"(?:,?\s(?:BP|CS|TSA)\s?\d+)?";

    // Postcode and town after a comma, a dash or a line break, or "à Town" (with its postcode after it: "à Paris 75002").
    private const string Locality = @"(?:(?:\s*[,–\-]\s*|\s+)" + Postcode + @"\s+" + Town + @"|\s+à\s+" + Town + @"(?:\s\(?" + Postcode + @"\)?)?)";

    [GeneratedRegex(@"\G(?<![\w/.,])\d{1,4}(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s" + StreetType + StreetName + Details + PostBox + Locality + "?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pattern();

    /// <summary>A street without a number: "lieu-dit Les Granges, 38350 La Mure", "rue des Lilas à Rumilly".</summary>
    [GeneratedRegex(@"\G" + StreetType + StreetName + Details + PostBox + "(?<locality>" + Locality + ")?",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnnumberedPattern();

    /// <summary>Building details before the number, last one first: "appartement 12, bâtiment B, Résidence Les Glycines, ".</summary>
    [GeneratedRegex(@"(?:(?i:appartement|appt\.?|apt\.?|logement|b[âa]timent|b[âa]t\.?|escalier|esc\.|porte|entr[ée]e)\s[\w\-]{1,5}|(?i:r[ée]sidence)(?:\s(?:" + Particle + @"\s?)*\p{Lu}[\p{L}'’\-]*){1,4}|\d{1,2}(?:e|er|[èe]me)\s[ée]tage),\s*$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DetailBefore();

    /// <summary>A town with its postcode, either order: "74150 Rumilly", "Rumilly (74150)", "Annecy, 74000".</summary>
    [GeneratedRegex(@"\G(?:" + Postcode + @"\s+" + Town + @"|" + Town + @"\s*(?:\(" + Postcode + @"\)|,\s" + Postcode + @"\b))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TownWithPostcode();

    /// <summary>Start of "12", "12 bis", "12B", "12, " before a street type, or −1.</summary>
    private static int HouseNumberBefore(string text, int streetType)
    {
        int i = streetType - 1;
        if (i < 0 || text[i] != ' ') return -1;
        i--;
        if (i >= 0 && text[i] == ',') i--;
        // Optional "bis", "ter", "quater" or a letter A–D, spaced or glued to the number.
        int wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(text[i])) i--;
        var word = text.AsSpan(i + 1, wordEnd - i - 1);
        if (word.Length > 0)
        {
            if (word is not ("bis" or "ter" or "quater" or "A" or "B" or "C" or "D")) return -1;
            if (i >= 0 && text[i] == ' ') i--;
        }
        int digitsEnd = i + 1;
        while (i >= 0 && char.IsAsciiDigit(text[i]) && digitsEnd - i <= 4) i--;
        return digitsEnd - (i + 1) is >= 1 and <= 4 ? i + 1 : -1;
    }

    [GeneratedRegex(@"(?i)mairie|h[ôo]tel de ville|si[èe]ge|\bCCAS\b|locaux|r[ée]union|salle|rendez-vous|permanence|service|centre|gymnase|[ée]cole|coll[èe]ge|lyc[ée]e|m[ée]diath[èe]que|biblioth[èe]que|EHPAD|CHRS|chantier|travaux|march[ée]|pr[ée]fecture|tribunal|agence|direction|p[ôo]le|maison (?:de |des |du |d['’]|France)|cimeti[èe]re|concession"
        + @"|aura lieu|se tiendra|se d[ée]roulera|collecte|manifestation|soci[ée]t[ée]|entreprise|\bSARL\b|\bSAS\b|\bEURL\b|cabinet|association|prestataire|fournisseur|titulaire du",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Institutional();

    [GeneratedRegex(@"(?i)domicili|demeur|habit|r[ée]sid|adresse|domicile|logement|log[ée]|h[ée]berg|emm[ée]nag|d[ée]m[ée]nag|\bvit\b|\bvivent\b|\bvis\b|chez|destinataire|install[ée]|propri[ée]taires?\b|(?:maison|appartement|pavillon)(?<=(?:votre|leur|\bsa|\bson|\bma|\bmon|notre) \w+)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Personal();

    public IEnumerable<Finding> Analyze(AnalysisContext context)
    {
        var found = new List<Finding>();
        var residences = Streets(context, found);
        if (residences is not null) Towns(context, found, residences);
        TownsBelowNames(context, found);
        return found;
    }

    /// <summary>
    /// Street addresses, numbered or not, at the street-type triggers; returns where the residence words
    /// (the same triggers) are, for <see cref="Towns"/>, or null when there is none.
    /// </summary>
    private List<int>? Streets(AnalysisContext context, List<Finding> found)
    {
        string text = context.Text;
        int consumed = 0;
        List<int>? residences = null;
        foreach (int position in context.TriggerHitsOf(TriggerWords.StreetType))
        {
            if (!char.IsLetter(text[position])) continue;
            if (IsResidenceWord(text, position))
            {
                (residences ??= []).Add(position);
                continue;
            }
            if (position < consumed) continue;
            int start = HouseNumberBefore(text, position);
            Match m;
            if (start >= 0)
            {
                // "garage n° 12, résidence…", "carré 12, allée 4": a lot's number, not a house number.
                if (LotBefore(text, start) || NumberOnlyName(text, position)) continue;
                m = Pattern().Match(text, start);
                if (!m.Success) continue;
            }
            else
            {
                // No number: a postcode after it, or a residence word close before.
                if (!NameFollows(text, position)) continue;
                m = UnnumberedPattern().Match(text, position);
                // "chez" alone is not enough there: "rendez-vous chez le médecin rue Carnot".
                if (!m.Success || (!m.Groups["locality"].Success && ResidenceCueBefore(text, position) is null or "chez" or "Chez" or "logement" or "Logement")) continue;
                start = position;
            }
            start = DetailsStart(text, start);
            consumed = m.Index + m.Length;
            // A CEDEX, a CS or a TSA box is an organisation's mail routing: never a person's home.
            if (OrganisationRouting(text, start, consumed)) continue;
            start = DetailLineAbove(text, start);
            if (Classify(text, start) is { } finding)
                found.Add(finding with { Start = start, End = consumed });
        }
        return residences;
    }

    /// <summary>
    /// A postcode and town without a street, after a residence word or an address label ("demeurant à
    /// 74150 Rumilly", "domiciliée à Rumilly (74150)", "Adresse : Les Hauts de Chavanod, 74650 Chavanod"):
    /// the first five-digit number in the 80 characters after the word, on its line.
    /// </summary>
    private void Towns(AnalysisContext context, List<Finding> found, List<int> residences)
    {
        string text = context.Text;
        var span = text.AsSpan();
        int streets = found.Count, done = 0;
        foreach (int position in residences)
        {
            if (position < done) continue;
            int limit = Math.Min(text.Length, position + 80);
            int eol = text.IndexOf('\n', position, limit - position);
            if (eol >= 0) limit = eol;
            for (int p = NextDigitRun(span[..limit], position); p >= 0; p = NextDigitRun(span[..limit], p))
            {
                int q = p;
                while (q < limit && char.IsAsciiDigit(text[q])) q++;
                if (q - p != 5 || char.IsLetter(text[p - 1]) || (q < text.Length && char.IsLetter(text[q])) || Covered(found, streets, p)) continue;
                var words = context.Words;
                int i = WordAt(words, p);
                if (i < 0) break;
                int start = TownBefore(text, words, i);
                if (start < 0) start = p;
                var m = TownWithPostcode().Match(text, start);
                if (!m.Success) break;
                int end = m.Index + m.Length;
                if (AddressLabelValue(text, start) is int valueStart and >= 0)
                {
                    if (ContextWindow.FindBefore(Institutional(), text, valueStart, 50) is null)
                        found.Add(new Finding(Detection.Categories.PostalAddress, valueStart, end, Confidence.High, Name, ["adresse"], Explanation));
                }
                else if (ResidenceCueBefore(text, start) is { } cue && ContextWindow.FindBefore(Institutional(), text, start, 30) is null)
                    found.Add(new Finding(Detection.Categories.PostalAddress, m.Index, end, Confidence.Medium, Name, [cue], Explanation));
                done = end;
                break;
            }
        }
    }

    /// <summary>
    /// An address block without a street: "Sylvie Lemaire" or "Mme Lemaire" on one line, "69006 Lyon" alone on the next
    /// (a signature or a letter's recipient). The line above must be a person's name: an honorific or a first name, then
    /// capitalised words, no digits, no public service.
    /// </summary>
    private void TownsBelowNames(AnalysisContext context, List<Finding> found)
    {
        string text = context.Text;
        var words = context.Words;
        int streets = found.Count;
        // Line starts with five digits, found by the vectorised search for line breaks (most lines start otherwise).
        for (int nl = text.IndexOf('\n'); nl >= 0 && nl + 6 < text.Length; nl = text.IndexOf('\n', nl + 1))
        {
            if (!char.IsAsciiDigit(text[nl + 1]) || !char.IsAsciiDigit(text[nl + 5]) || char.IsAsciiDigit(text[nl + 6]) || nl < 4) continue;
            int i = WordAt(words, nl + 1);
            if (i < 1) continue;
            var w = words[i];
            if (w.Shape != WordShape.Number || w.Length != 5) continue;
            var m = TownWithPostcode().Match(text, w.Start);
            if (!m.Success || m.Index != w.Start) continue;
            int end = m.Index + m.Length;
            var rest = text.AsSpan(end, (text.IndexOf('\n', end) is int eol and >= 0 ? eol : text.Length) - end);
            if (!rest.Trim().IsEmpty || m.ValueSpan.Contains("cedex", StringComparison.OrdinalIgnoreCase) || Covered(found, streets, w.Start)) continue;
            int lineEnd = w.Start - 1;
            if (lineEnd > 0 && text[lineEnd - 1] == '\r') lineEnd--;
            int lineStart = text.LastIndexOf('\n', Math.Max(0, lineEnd - 1)) + 1;
            if (lineEnd - lineStart is < 5 or > 40 || !IsNameLine(text, words, lineStart, lineEnd, i - 1)) continue;
            found.Add(new Finding(Detection.Categories.PostalAddress, m.Index, end, Confidence.Medium, Name, ["ville sous un nom"], Explanation));
        }
    }

    /// <summary>Two to four capitalised words, the first an honorific or an INSEE first name, no service or building word.</summary>
    private static bool IsNameLine(string text, IReadOnlyList<WordToken> words, int lineStart, int lineEnd, int last)
    {
        int first = last;
        while (first > 0 && words[first - 1].Start >= lineStart) first--;
        if (words[first].Start > lineStart + 1 || last - first is < 1 or > 3) return false;
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        if (line.ContainsAnyInRange('0', '9')) return false;
        // Whole words only: "Marchetti" is not "marché".
        foreach (var m in Institutional().EnumerateMatches(line))
            if ((m.Index == 0 || !char.IsLetter(line[m.Index - 1])) && (m.Index + m.Length == line.Length || !char.IsLetter(line[m.Index + m.Length])))
                return false;
        for (int k = first; k <= last; k++)
            if (words[k].Shape == WordShape.Lower && !Lexicons.NameCues.Particles.Has(words[k].Span(text))) return false;
        var head = words[first].Span(text);
        return Lexicons.NameCues.Honorifics.Has(head) || Lexicons.NameLexicon.Default.IsFirstName(head);
    }

    /// <summary>
    /// A residence word at <paramref name="position"/> ("domicilié", "demeurant", "habite", "réside", "adresse",
    /// "logé", "hébergé", "emménagé", "déménagé", "vit", "vis", "vivent"): the street-type triggers also hold
    /// them. Tested by initial, as most street-type triggers are street names ("rue", "avenue"…).
    /// </summary>
    private static bool IsResidenceWord(string text, int position)
    {
        var rest = text.AsSpan(position, Math.Min(12, text.Length - position));
        return (rest[0] | 0x20) switch
        {
            'd' => Starts(rest, "domicil") || Starts(rest, "demeur") || Starts(rest, "déménag") || Starts(rest, "demenag"),
            'h' => Starts(rest, "habit") || Starts(rest, "héberg") || Starts(rest, "heberg"),
            // "réside", not "résidence" (a street type: "Résidence Les Glycines").
            'r' => (Starts(rest, "résid") || Starts(rest, "resid")) && !rest[5..].StartsWith("ence", StringComparison.OrdinalIgnoreCase),
            'a' => Starts(rest, "adresse"),
            'l' => Starts(rest, "logé") || Whole(rest, "loge"),
            'e' => Starts(rest, "emménag") || Starts(rest, "emmenag"),
            'v' => Whole(rest, "vit") || Whole(rest, "vis") || Starts(rest, "vivent"),
            _ => false,
        };

        static bool Starts(ReadOnlySpan<char> rest, string word) => rest.StartsWith(word, StringComparison.OrdinalIgnoreCase);

        // "vit à", not "vitrine".
        static bool Whole(ReadOnlySpan<char> rest, string word) =>
            rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length]));
    }

    private static readonly string[] LotWords =
    [
        "garage", "box", "cave", "parking", "lot", "carré", "carre", "rang", "parcelle", "emplacement", "casier", "tombe", "concession",
        "section", "bureau", "local", "stand", "case", "jardin", "n°", "no", "numéro",
    ];

    /// <summary>A lot word just before the number ("garage n° 12,", "carré 12,", "box 4 ").</summary>
    private static bool LotBefore(string text, int start)
    {
        int p = start - 1;
        while (p >= 0 && text[p] == ' ') p--;
        int end = p + 1;
        while (p >= 0 && (char.IsLetter(text[p]) || text[p] == '°')) p--;
        var word = text.AsSpan(p + 1, end - p - 1);
        if (word is "n°" or "N°" or "no" or "No" or "numéro")
        {
            // "section AB n° 12, lieu-dit…", "parcelle cadastrée n° 12": a plot of land.
            var before = ContextWindow.Before(text, p + 1, 30);
            if (before.Contains("section", StringComparison.OrdinalIgnoreCase) || before.Contains("cadastr", StringComparison.OrdinalIgnoreCase)
                || before.Contains("parcelle", StringComparison.OrdinalIgnoreCase)) return true;
            // "au n° 12 rue…" is a house number; "garage n° 12" is a lot's.
            while (p >= 0 && text[p] == ' ') p--;
            end = p + 1;
            while (p >= 0 && char.IsLetter(text[p])) p--;
            word = text.AsSpan(p + 1, end - p - 1);
            if (word.Length == 0 || word is "au" or "Au" or "du" or "le") return false;
        }
        foreach (var lot in LotWords)
            if (word.Equals(lot, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A street type followed by a number alone ("allée 4", "rang 2"), not a day ("place du 8 Mai").</summary>
    private static bool NumberOnlyName(string text, int position)
    {
        int p = position;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] is '-' or '.')) p++;
        if (p + 1 >= text.Length || text[p] != ' ' || !char.IsAsciiDigit(text[p + 1])) return false;
        p++;
        while (p < text.Length && char.IsAsciiDigit(text[p])) p++;
        return p >= text.Length || !(text[p] == ' ' && p + 1 < text.Length && char.IsLetter(text[p + 1]));
    }

    /// <summary>The start of the digit run after the one at <paramref name="p"/> (or the first after a non-digit <paramref name="p"/>), or −1.</summary>
    private static int NextDigitRun(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiDigit(text[p])) p++;
        int next = p < text.Length ? text[p..].IndexOfAnyInRange('0', '9') : -1;
        return next < 0 ? -1 : p + next;
    }

    /// <summary>The index of the word starting at <paramref name="start"/> (binary search), or −1.</summary>
    private static int WordAt(IReadOnlyList<WordToken> words, int start)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int s = words[mid].Start;
            if (s == start) return mid;
            if (s < start) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// After the street type at <paramref name="position"/>, a capitalised word or a number within two
    /// particles ("rue des Lilas", "lieu-dit Les Granges", "place du 8 Mai"): a cheap test before the pattern.
    /// </summary>
    private static bool NameFollows(string text, int position)
    {
        int p = position;
        while (p < text.Length && (char.IsLetter(text[p]) || text[p] is '-' or '.')) p++;
        for (int hop = 0; hop < 3; hop++)
        {
            if (p >= text.Length || text[p] != ' ') return false;
            p++;
            if (p >= text.Length) return false;
            char c = text[p];
            if (char.IsUpper(c) || char.IsAsciiDigit(c)) return true;
            int wordStart = p;
            while (p < text.Length && char.IsLower(text[p])) p++;
            if (p < text.Length && text[p] is '\'' or '’') { p++; return p < text.Length && char.IsUpper(text[p]); }
            if (p - wordStart > 4) return false; // not a particle
        }
        return false;
    }

    /// <summary>Whether one of the first <paramref name="count"/> findings (in text order, not overlapping) holds the position: a binary search.</summary>
    private static bool Covered(List<Finding> found, int count, int position)
    {
        int lo = 0, hi = count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var f = found[mid];
            if (position < f.Start) hi = mid - 1;
            else if (position >= f.End) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>"à Rumilly (74150)", "à La Roche-sur-Foron, 74800": the start of the town before the postcode at word i, or −1.</summary>
    private static int TownBefore(string text, IReadOnlyList<WordToken> words, int i)
    {
        var postcode = words[i];
        if (i < 2 || !(text.AsSpan(words[i - 1].End, postcode.Start - words[i - 1].End) is " (" or "(" or ", ")) return -1;
        for (int j = i - 1; j >= 1 && j >= i - 5; j--)
        {
            var w = words[j];
            if (!w.IsNameShaped && !(w.Shape == WordShape.Lower && w.Length <= 4)) return -1;
            if (words[j - 1].Span(text) is "à" && w.IsNameShaped && words[j - 1].End + 1 == w.Start) return w.Start;
        }
        return -1;
    }

    [GeneratedRegex(@"(?i)\b(?:adresse(?:\s(?:personnelle|postale|du\sdomicile|de\sdomicile|actuelle))?|domicile|domicili[ée]e?s?)\s*:\s*",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AddressLabel();

    /// <summary>Where the value of an "Adresse :" label on the same line starts, when the label is at most 60 characters before; or −1.</summary>
    private static int AddressLabelValue(string text, int start)
    {
        var line = ContextWindow.Before(text, start, 60);
        int nl = line.LastIndexOf('\n');
        int lineStart = start - line.Length + nl + 1;
        line = line[(nl + 1)..];
        int value = -1;
        foreach (var m in AddressLabel().EnumerateMatches(line)) value = lineStart + m.Index + m.Length;
        return value;
    }

    /// <summary>"CEDEX", "CS 32444" or "TSA 10001" in the address or on the two lines after it (a letterhead's block).</summary>
    private static bool OrganisationRouting(string text, int start, int end)
    {
        // Bounded windows: a text without line breaks must not be scanned again at every address.
        int to = end;
        for (int line = 0; line < 2 && to < text.Length; line++)
        {
            int from = to + (line == 0 ? 0 : 1);
            int nl = text.IndexOf('\n', from, Math.Min(80, text.Length - from));
            to = nl < 0 ? Math.Min(text.Length, from + 80) : nl;
        }
        to = Math.Min(to, end + 80);
        var block = text.AsSpan(start, to - start);
        return block.Contains("cedex", StringComparison.OrdinalIgnoreCase) || BoxNumber(block, "CS") || BoxNumber(block, "TSA");

        // "CS 32444", "TSA10001": the word in capitals, then (a space and) three to five digits.
        static bool BoxNumber(ReadOnlySpan<char> block, string word)
        {
            for (int i = block.IndexOf(word, StringComparison.Ordinal); i >= 0;)
            {
                int p = i + word.Length;
                if ((i == 0 || !char.IsLetterOrDigit(block[i - 1])) && p < block.Length)
                {
                    if (block[p] == ' ') p++;
                    int digits = 0;
                    while (p + digits < block.Length && char.IsAsciiDigit(block[p + digits])) digits++;
                    if (digits is >= 3 and <= 5) return true;
                }
                int next = block[(i + 1)..].IndexOf(word, StringComparison.Ordinal);
                i = next < 0 ? -1 : i + 1 + next;
            }
            return false;
        }
    }

    /// <summary>A line of building details above the street line ("Résidence Les Pins, Bât. C", "Bâtiment C – Appartement 34").</summary>
    [GeneratedRegex(@"^[ \t]*(?i:r[ée]sidence\s\p{Lu}|b[âa]timent\s|b[âa]t\.\s?|appartement\s|appt\.?\s|apt\.?\s|escalier\s|esc\.\s|entr[ée]e\s)[^\n:;|]{0,45}$",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DetailLine();

    /// <summary>The start of a building-details line right above a street line that starts at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private static int DetailLineAbove(string text, int start)
    {
        if (start < 2 || text[start - 1] != '\n') return start;
        int lineEnd = start - 1;
        if (text[lineEnd - 1] == '\r') lineEnd--;
        int lineStart = lineEnd == 0 ? 0 : text.LastIndexOf('\n', lineEnd - 1, Math.Min(62, lineEnd)) + 1;
        if (lineStart == 0 && lineEnd > 61) return start;
        if (lineEnd - lineStart is < 5 or > 60) return start;
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        if (!DetailLine().IsMatch(line) || Institutional().IsMatch(line)) return start;
        return lineStart + (line.Length - line.TrimStart().Length);
    }

    /// <summary>The start of building details written before the number, or <paramref name="start"/>.</summary>
    private static int DetailsStart(string text, int start)
    {
        for (int hop = 0; hop < 4; hop++)
        {
            int comma = start - 1;
            while (comma >= 0 && text[comma] == ' ') comma--;
            if (comma < 0 || text[comma] != ',') break;
            int from = Math.Max(0, start - 60);
            var m = DetailBefore().Match(text, from, start - from);
            if (!m.Success || m.Index + m.Length != start) break;
            start = m.Index;
        }
        return start;
    }

    /// <summary>
    /// A residence word in the 40 characters before, on the same line: "domicilié", "demeurant à", "habite au", "vit".
    /// </summary>
    private static string? ResidenceCueBefore(string text, int start)
    {
        var window = ContextWindow.Before(text, start, 40);
        int nl = window.LastIndexOf('\n');
        if (nl >= 0) window = window[(nl + 1)..];
        int index = -1, length = 0;
        foreach (var m in Personal().EnumerateMatches(window)) (index, length) = (m.Index, m.Length);
        return index < 0 ? null : window.Slice(index, length).ToString();
    }

    /// <summary>
    /// A personal address (high with a residence word, medium without), or null when an institutional
    /// word is closer before it than any residence word.
    /// </summary>
    private Finding? Classify(string text, int start)
    {
        var (personal, personalAt) = LastMatch(Personal(), text, start, 60);
        // Only an institutional word after the residence word counts: search just that part of the window.
        int window = personalAt < 0 ? 50 : Math.Min(50, start - personalAt - 1);
        if (window > 0 && LastMatch(Institutional(), text, start, window).At >= 0) return null;
        return new Finding(Detection.Categories.PostalAddress, start, start, personal is null ? Confidence.Medium : Confidence.High, Name,
            personal is null ? [] : [personal], Explanation);
    }

    /// <summary>The last match in the window before <paramref name="start"/> and its distance-ordered position (−1 when none).</summary>
    private static (string? Value, int At) LastMatch(Regex keywords, string text, int start, int chars)
    {
        int from = Math.Max(0, start - chars);
        var window = text.AsSpan(from, start - from);
        int index = -1, length = 0;
        foreach (var m in keywords.EnumerateMatches(window)) (index, length) = (m.Index, m.Length);
        return index < 0 ? (null, -1) : (window.Slice(index, length).ToString(), from + index);
    }
}
