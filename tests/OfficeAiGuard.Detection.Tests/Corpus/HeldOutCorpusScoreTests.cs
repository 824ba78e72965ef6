using OfficeAiGuard.Detection.Tests.Support;

namespace OfficeAiGuard.Detection.Tests.Corpus;

/// <summary>
/// The held-out sets (tests/corpus/drafts-blind*.txt, written blind and never used to tune the engine) as a
/// regression guard: their floors sit under the figures measured when each set was first scored (README), so a
/// change that generalises worse fails here. Raising a floor is fine; editing rules to pass it is not.
/// </summary>
public class HeldOutCorpusScoreTests
{
    private static string Folder => CorpusBuild.Folder;

    [Theory]
    [InlineData("blind2", 0.92, 0.97)]
    [InlineData("blind3", 0.92, 0.95)]
    public void HeldOutSetKeepsItsScores(string set, double minF1, double minBlockingRecall)
    {
        var score = CorpusScore.Of(Path.Combine(Folder, $"corpus.{set}.jsonl"));
        Assert.True(score.Gold.Values.Sum() > 300, $"{set} holds its 70 drafts");
        Assert.True(score.F1 >= minF1, score.Report());
        Assert.True(score.BlockingRecall >= minBlockingRecall, score.Report());
        Assert.True(score.CleanFalseAlarmRate <= 0.05, score.Report());
    }

    [Theory]
    [InlineData("blind2")]
    [InlineData("blind3")]
    public void CommittedHeldOutSetIsBuiltFromItsDrafts(string set) =>
        Assert.True(CorpusBuild.Run("--source", $"drafts-{set}.txt") == File.ReadAllText(Path.Combine(Folder, $"corpus.{set}.jsonl")),
            $"tests/corpus/corpus.{set}.jsonl is stale: run python3 tests/corpus/build.py tests/corpus/corpus.{set}.jsonl --source drafts-{set}.txt");
}
