using System.Text.RegularExpressions;

namespace OfficeAiGuard.Detection.Context;

/// <summary>
/// Decides whether a sensitive term is about an individual: its sentence must name or point at a
/// person (honorific, "il"/"elle", "l'usager", "l'enfant", "la bénéficiaire", "son fils", "vous"…).
/// "Le budget du RSA" or "l'Agence régionale de santé" have no such anchor and are not findings.
/// </summary>
public static partial class PersonProximity
{
    [GeneratedRegex(@"\b(?:M\.|Mme|Mlle|Madame|Monsieur|Mademoiselle|Dr|Ma[îi]tre)\s+\p{Lu}|\b(?:il|elle|lui|celui-ci|celle-ci|l'int[ée]ress[ée]e?)\b|\b(?:son|sa|ses|mon|ma|mes|notre|leur)\s+(?:fils|fille|fr[èe]re|s[œo]eur|m[èe]re|p[èe]re|mari|femme|[ée]pou\w+|enfants?|conjoint\w*|compagn\w+|b[ée]b[ée]|neveu|ni[èe]ce|cousin\w*|petite?-\w+|grand-\w+|oncle|tante|parents?|coll[èe]gue|voisin\w*|locataire|agent)\b|\bvous\b|\bvotre\b|\bje suis\b|\bj['’]ai\b|\bl['’](?:usag[eè]re?|agent|enfant|[ée]l[èe]ve|adolescente?|allocataire|administr[ée]e?|assur[ée]e?|a[îi]n[ée]e?|h[ée]berg[ée]e?|int[ée]ress[ée]e?|auteur|autrice|[ée]poux|[ée]pouse|occupant\w*|habitante?|ancien\w*)\b|\b(?:le|la) (?:jeune|b[ée]n[ée]ficiaire|demandeu(?:r|se)|personne|patiente?|r[ée]sidente?|mineure?|d[ée]funte?|requ[ée]rante?|candidate?|locataire|petite?|m[èe]re|p[èe]re|maman|papa|victime|pr[ée]venue?|m[ée]nage|couple|famille|salari[ée]e?|stagiaire|titulaire|mandataire|conjointe?|d[ée]clarante?|gardien|gardienne|voisine?|plaignante?|mis en cause)\b|\b(?:un|une) (?:agent|habitante?|administr[ée]e?|usag[eè]re?|enfant|[ée]l[èe]ve|coll[èe]gue|riverain\w*|jeune|voisine?|locataire|patiente?|r[ée]sidente?|b[ée]n[ée]ficiaire|adolescente?|mineure?)\b|\b\p{Lu}[\p{Ll}\-]+ \p{Lu}{2,}\b|\bqui (?:est|a|[ée]tait|avait)\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PersonCue();

    /// <summary>The cue found in the sentence around [start, end), or null when the sentence names no one.</summary>
    public static string? FindCue(string text, int start, int end)
    {
        int from = ContextWindow.SentenceStart(text, start);
        int to = ContextWindow.SentenceEnd(text, end);
        var window = text.AsSpan(from, to - from);
        foreach (var m in PersonCue().EnumerateMatches(window))
        {
            var cue = window.Slice(m.Index, m.Length).ToString();
            return cue.Length > 30 ? cue[..30] : cue;
        }
        return null;
    }
}
