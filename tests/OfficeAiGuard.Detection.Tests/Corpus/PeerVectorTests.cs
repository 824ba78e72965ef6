using System.Text.Json;
using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Corpus;

/// <summary>
/// shared/detection/peer-vectors.jsonl (python-stdnum's verdicts), each written into a French
/// sentence: valid vectors are found with their category, invalid ones are not reported in that
/// category, and no organisation identifier (ORG_ID) is reported as personal data.
/// </summary>
public class PeerVectorTests
{
    private sealed record Vector(string Category, string Scheme, string Value, bool Valid);

    private static readonly Dictionary<string, string> Sentences = new()
    {
        ["IBAN"] = "Merci de verser l'aide sur le compte IBAN {0} avant la fin du mois.",
        ["NIR"] = "Le numéro de sécurité sociale de l'agent est le {0}, merci de le reporter.",
        ["PAYMENT_CARD"] = "Il a payé avec la carte bancaire n° {0} à l'horodateur.",
        ["TAX_ID"] = "Sur l'avis d'imposition, le numéro fiscal est {0} pour ce foyer.",
        ["ORG_ID"] = "Le prestataire retenu (SIRET {0}) interviendra en mars.",
    };

    private static List<Vector> Load() =>
        File.ReadLines(Path.Combine(RepoPaths.SharedDetection, "peer-vectors.jsonl"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<Vector>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();

    [Fact]
    public void VectorsAreJudgedLikePythonStdnum()
    {
        var failures = new List<string>();
        var vectors = Load();
        Assert.True(vectors.Count > 1000);
        foreach (var v in vectors)
        {
            string sentence = string.Format(Sentences[v.Category], v.Value);
            int start = sentence.IndexOf(v.Value, StringComparison.Ordinal);
            int end = start + v.Value.Length;
            var findings = Detect.All(sentence);
            bool reported = findings.Any(f => f.Category == v.Category && f.Start < end && f.End > start);
            if (v.Category == "ORG_ID")
            {
                var personal = findings.Where(f => f.Category != "ORG_ID" && f.Start < end && f.End > start).ToList();
                if (personal.Count > 0) failures.Add($"ORG_ID {v.Value} reported as {personal[0].Category}");
                if (v.Valid && !reported && v.Value.Any(char.IsDigit)) failures.Add($"ORG_ID {v.Value} valid but not reported");
                continue;
            }
            if (v.Valid && !reported) failures.Add($"{v.Category} {v.Value} valid but not found");
            if (!v.Valid && reported) failures.Add($"{v.Category} {v.Value} invalid but reported");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)) + $"\n({failures.Count} failures)");
    }
}
