namespace OfficeAiGuard.Detection.Pseudonymization;

/// <summary>
/// Groups the name findings of a text into persons: "Josiane LACOSTE", "Mme LACOSTE" and "Josiane"
/// are one person. Longer names are read first; a name whose words all belong to a known person
/// is that person, as its surname (NOM) or first name (PRENOM).
/// </summary>
internal sealed class PersonGrouping
{
    private readonly List<string[]> _persons = [];

    public enum Role { Full, Surname, FirstName }

    /// <summary>Registers the names, longest first, so that full names define the persons.</summary>
    public PersonGrouping(IEnumerable<string> names)
    {
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => Words(n).Length))
        {
            if (Find(Words(name)) is null) _persons.Add(Words(name));
        }
    }

    /// <summary>The person (1-based, in order of registration) and the role this surface form plays.</summary>
    public (int Person, Role Role) Resolve(string name)
    {
        var words = Words(name);
        var found = Find(words) ?? throw new InvalidOperationException("Name not registered.");
        var person = _persons[found];
        if (words.Length == person.Length) return (found + 1, Role.Full);
        bool isLeading = string.Equals(words[0], person[0], StringComparison.OrdinalIgnoreCase);
        bool leadingIsFirstName = person[0].Any(char.IsLower) || person.Length == 1;
        return (found + 1, isLeading && leadingIsFirstName && !words.All(w => w.All(c => !char.IsLower(c))) ? Role.FirstName : Role.Surname);
    }

    public int PersonCount => _persons.Count;

    private int? Find(string[] words)
    {
        for (int p = 0; p < _persons.Count; p++)
        {
            if (words.All(w => _persons[p].Contains(w, StringComparer.OrdinalIgnoreCase))) return p;
        }
        return null;
    }

    private static string[] Words(string name) =>
        name.Split([' ', '\u00A0', '\n', '\t', ';'], StringSplitOptions.RemoveEmptyEntries);
}
