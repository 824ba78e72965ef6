namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Facts showing a person is vulnerable or receives social aid (minimum benefits, debt, guardianship, child protection…).</summary>
public sealed class VulnerableRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "vulnerable-lexicon";
    protected override string Category => Detection.Categories.Vulnerable;
    protected override Lexicons.TermVocabulary Terms => Lexicons.SensitiveTerms.VulnerableTerms;
    protected override int VocabularyBit => Context.TriggerWords.Vulnerable;
    protected override string Explanation =>
        "Situation de vulnérabilité ou aide sociale d'une personne (RSA, AAH, tutelle, protection de l'enfance, surendettement…) : donnée à haut risque.";
}
