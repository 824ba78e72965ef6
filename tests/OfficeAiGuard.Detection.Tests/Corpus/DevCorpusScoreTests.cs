using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Corpus;

/// <summary>
/// Scores the engine on shared/detection/corpus.dev.jsonl exactly as score.py does and keeps the
/// issue's targets: overall F1 ≥ 0.93, blocking-draft recall ≥ 0.98, clean-draft false-alarm rate
/// ≤ 0.05, every category's recall ≥ 0.85.
/// </summary>
public class DevCorpusScoreTests
{
    private static readonly HashSet<string> Blocking =
        ["NIR", "IBAN", "PAYMENT_CARD", "ID_DOCUMENT", "TAX_ID", "SOCIAL_BENEFIT_ID", "HEALTH", "SPECIAL_CATEGORY", "CRIMINAL", "VULNERABLE", "SECRET"];

    private sealed record Span(string? Category, int Start, int End)
    {
        public bool Overlaps(Span o) => Start < o.End && o.Start < End;
    }

    [Fact]
    public void DevCorpusMeetsTheTargets()
    {
        var gold = new Dictionary<string, int>();
        var found = new Dictionary<string, int>();
        int reported = 0, falsePositives = 0, allGold = 0, allFound = 0;
        int blockingDocs = 0, blockingHit = 0, cleanDocs = 0, cleanAlarms = 0;
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.SharedDetection, "corpus.dev.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var doc = JsonNode.Parse(line)!;
            string text = doc["text"]!.GetValue<string>();
            var entities = Spans(doc["entities"]);
            var ignore = Spans(doc["ignore"]);
            var predictions = Detect.All(text).Where(f => f.Category != Categories.OrgId)
                .Select(f => new Span(f.Category, f.Start, f.End)).ToList();
            foreach (var e in entities)
            {
                gold[e.Category!] = gold.GetValueOrDefault(e.Category!) + 1;
                allGold++;
                if (predictions.Any(p => p.Category == e.Category && p.Overlaps(e)))
                {
                    found[e.Category!] = found.GetValueOrDefault(e.Category!) + 1;
                    allFound++;
                }
            }
            var entitiesAndIgnored = entities.Concat(ignore).ToList();
            foreach (var p in predictions)
            {
                reported++;
                if (!entitiesAndIgnored.Any(s => s.Overlaps(p))) falsePositives++;
            }
            if (entities.Any(e => Blocking.Contains(e.Category!)))
            {
                blockingDocs++;
                if (predictions.Any(p => Blocking.Contains(p.Category!))) blockingHit++;
            }
            else
            {
                cleanDocs++;
                if (predictions.Any(p => Blocking.Contains(p.Category!) && !entitiesAndIgnored.Any(s => s.Overlaps(p)))) cleanAlarms++;
            }
        }
        double precision = (reported - falsePositives) / (double)reported;
        double recall = allFound / (double)allGold;
        double f1 = 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= 0.93, $"overall F1 {f1:F3}");
        Assert.True(blockingHit / (double)blockingDocs >= 0.98, $"blocking-draft recall {blockingHit}/{blockingDocs}");
        Assert.True(cleanAlarms / (double)cleanDocs <= 0.05, $"clean-draft false alarms {cleanAlarms}/{cleanDocs}");
        foreach (var (category, n) in gold)
            Assert.True(found.GetValueOrDefault(category) / (double)n >= 0.85, $"{category} recall {found.GetValueOrDefault(category)}/{n}");
    }

    private static List<Span> Spans(JsonNode? array) =>
        array is null ? [] : array.AsArray().Select(n => new Span(n!["category"]?.GetValue<string>(), n["start"]!.GetValue<int>(), n["end"]!.GetValue<int>())).ToList();
}
