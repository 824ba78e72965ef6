using System.Text;

namespace OfficeAiGuard.Detection.Benchmarks;

/// <summary>
/// Deterministic French administrative text for benchmarks and property tests: mails and report
/// paragraphs mixing ordinary prose with names, phones, addresses, dates and identifiers.
/// </summary>
public sealed class SampleTextGenerator(int seed = 42)
{
    private readonly Random _random = new(seed);

    private static readonly string[] FirstNames =
        ["Sophie", "Jean", "Fatima", "Karim", "Chloé", "Louis", "Aminata", "Hélène", "Bruno", "Léa", "Mohamed", "Isabelle", "Thomas", "Nadia"];
    private static readonly string[] Surnames =
        ["MARTIN", "Durand", "BENALI", "Lefèvre", "GARNIER", "Moreau", "DIALLO", "Petitjean", "ROUSSEL", "Nguyen", "FAURE", "Da Silva"];
    private static readonly string[] Prose =
    [
        "Le conseil municipal a adopté le budget primitif lors de sa séance du 12 mars, après un débat sur les investissements.",
        "La commission des affaires scolaires se réunira en salle du conseil pour examiner la carte scolaire de la rentrée.",
        "Le service des espaces verts poursuit le plan de gestion différenciée des parcs et jardins de la commune.",
        "Les travaux de voirie de la rue principale débuteront au printemps ; une déviation sera mise en place.",
        "Le rapport d'activité du CCAS présente une hausse de 11 % des demandes d'aide facultative par rapport à l'an dernier.",
        "La délibération n° 2024-045 fixe les tarifs de la restauration scolaire pour l'année à venir.",
        "Merci de transmettre vos propositions avant vendredi afin que la note puisse être présentée au bureau municipal.",
        "Le marché de fourniture de repas a été attribué pour un montant de 184 500 euros hors taxes.",
    ];

    public string Paragraph()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.Append(Pick(Prose)).Append(' ');
        switch (_random.Next(6))
        {
            case 0: sb.Append($"Mme {Pick(FirstNames)} {Pick(Surnames)} est joignable au 06 {Two()} {Two()} {Two()} {Two()}."); break;
            case 1: sb.Append($"Le dossier de M. {Pick(Surnames)}, domicilié {_random.Next(1, 200)} rue des Lilas, 74150 Rumilly, est complet."); break;
            case 2: sb.Append($"{Pick(FirstNames)} {Pick(Surnames)}, née le {_random.Next(1, 28)}/0{_random.Next(1, 9)}/19{_random.Next(40, 99)}, a déposé sa demande."); break;
            case 3: sb.Append($"Le véhicule immatriculé AB-{_random.Next(100, 999)}-CD est stationné devant la mairie."); break;
            default: sb.Append("Aucune remarque particulière n'a été formulée."); break;
        }
        return sb.Append("\n\n").ToString();
    }

    /// <summary>Text of about <paramref name="chars"/> characters.</summary>
    public string Text(int chars)
    {
        var sb = new StringBuilder(chars + 1024);
        while (sb.Length < chars) sb.Append(Paragraph());
        return sb.ToString(0, chars);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private string Two() => _random.Next(0, 100).ToString("00");
}
