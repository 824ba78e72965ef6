namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Health data about a person (RGPD art. 9).</summary>
public sealed class HealthRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "health-lexicon";
    protected override string Category => Detection.Categories.Health;
    protected override Lexicons.TermVocabulary Terms => Lexicons.SensitiveTerms.HealthTerms;
    protected override int VocabularyBit => Context.TriggerWords.Health;
    protected override string Explanation =>
        "Donnée de santé sur une personne (RGPD art. 9) : maladie, handicap, traitement, grossesse ou arrêt maladie.";
}
