using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Corpus;

/// <summary>
/// Scores the engine on shared/detection/corpus.dev.jsonl exactly as score.py does and keeps the
/// issue's targets: overall F1 ≥ 0.93, blocking-draft recall ≥ 0.98, clean-draft false-alarm rate
/// ≤ 0.05, every category's recall ≥ 0.85.
/// </summary>
public class DevCorpusScoreTests
{
    [Fact]
    public void DevCorpusMeetsTheTargets()
    {
        var score = CorpusScore.Of(Path.Combine(RepoPaths.SharedDetection, "corpus.dev.jsonl"));
        Assert.True(score.F1 >= 0.93, score.Report());
        Assert.True(score.BlockingRecall >= 0.98, score.Report());
        Assert.True(score.CleanFalseAlarmRate <= 0.05, score.Report());
        foreach (var category in score.Gold.Keys)
            Assert.True(score.RecallOf(category) >= 0.85, $"{category} recall {score.RecallOf(category):F3}\n{score.Report()}");
    }
}
