using System.Text.Json.Nodes;

namespace OfficeAiGuard.Detection.Tests.Support;

/// <summary>
/// Scores the engine on a labelled corpus (shared/detection format) exactly as score.py does: a gold
/// entity is found when a finding of its category overlaps it; a finding is false when it overlaps no
/// entity of any category and no ignore span; ORG_ID findings are never counted.
/// </summary>
public sealed class CorpusScore
{
    public static readonly HashSet<string> Blocking =
        ["NIR", "IBAN", "PAYMENT_CARD", "ID_DOCUMENT", "TAX_ID", "SOCIAL_BENEFIT_ID", "HEALTH", "SPECIAL_CATEGORY", "CRIMINAL", "VULNERABLE", "SECRET"];

    private sealed record Span(string? Category, int Start, int End)
    {
        public bool Overlaps(Span o) => Start < o.End && o.Start < End;
    }

    public Dictionary<string, int> Gold { get; } = [];
    public Dictionary<string, int> Found { get; } = [];
    public int Reported { get; private set; }
    public int FalsePositives { get; private set; }
    public int BlockingDocs { get; private set; }
    public int BlockingHit { get; private set; }
    public int CleanDocs { get; private set; }
    public int CleanAlarms { get; private set; }
    public List<string> Misses { get; } = [];
    public List<string> FalseAlarms { get; } = [];

    public double Precision => Reported == 0 ? 1 : (Reported - FalsePositives) / (double)Reported;
    public double Recall => Gold.Values.Sum() == 0 ? 1 : Found.Values.Sum() / (double)Gold.Values.Sum();
    public double F1 => 2 * Precision * Recall / (Precision + Recall);
    public double BlockingRecall => BlockingDocs == 0 ? 1 : BlockingHit / (double)BlockingDocs;
    public double CleanFalseAlarmRate => CleanDocs == 0 ? 0 : CleanAlarms / (double)CleanDocs;
    public double RecallOf(string category) => Found.GetValueOrDefault(category) / (double)Gold[category];

    public static CorpusScore Of(string corpusPath)
    {
        var score = new CorpusScore();
        foreach (var line in File.ReadLines(corpusPath))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            score.Add(JsonNode.Parse(line)!);
        }
        return score;
    }

    private void Add(JsonNode doc)
    {
        string id = doc["id"]!.GetValue<string>();
        string text = doc["text"]!.GetValue<string>();
        var entities = Spans(doc["entities"]);
        var ignore = Spans(doc["ignore"]);
        var predictions = Detect.All(text).Where(f => f.Category != Categories.OrgId)
            .Select(f => new Span(f.Category, f.Start, f.End)).ToList();
        foreach (var e in entities)
        {
            Gold[e.Category!] = Gold.GetValueOrDefault(e.Category!) + 1;
            if (predictions.Any(p => p.Category == e.Category && p.Overlaps(e)))
                Found[e.Category!] = Found.GetValueOrDefault(e.Category!) + 1;
            else
                Misses.Add($"{id} {e.Category}: {text[e.Start..e.End]}");
        }
        var entitiesAndIgnored = entities.Concat(ignore).ToList();
        foreach (var p in predictions)
        {
            Reported++;
            if (entitiesAndIgnored.Any(s => s.Overlaps(p))) continue;
            FalsePositives++;
            FalseAlarms.Add($"{id} {p.Category}: {text[p.Start..p.End]}");
        }
        if (entities.Any(e => Blocking.Contains(e.Category!)))
        {
            BlockingDocs++;
            if (predictions.Any(p => Blocking.Contains(p.Category!))) BlockingHit++;
        }
        else
        {
            CleanDocs++;
            if (predictions.Any(p => Blocking.Contains(p.Category!) && !entitiesAndIgnored.Any(s => s.Overlaps(p)))) CleanAlarms++;
        }
    }

    /// <summary>The figures and every miss and false alarm, for a failing assertion's message.</summary>
    public string Report() =>
        $"precision {Precision:F3} recall {Recall:F3} F1 {F1:F3}; blocking recall {BlockingHit}/{BlockingDocs}; clean false alarms {CleanAlarms}/{CleanDocs}\n"
        + string.Join("\n", Misses.Select(m => "missed " + m).Concat(FalseAlarms.Select(f => "false  " + f)));

    private static List<Span> Spans(JsonNode? array) =>
        array is null ? [] : array.AsArray().Select(n => new Span(n!["category"]?.GetValue<string>(), n["start"]!.GetValue<int>(), n["end"]!.GetValue<int>())).ToList();
}
