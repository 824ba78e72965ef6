namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Religion, political opinion, trade-union membership, ethnic origin, sexual orientation, biometrics (RGPD art. 9).</summary>
public sealed class SpecialCategoryRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "special-category-lexicon";
    protected override string Category => Detection.Categories.SpecialCategory;
    protected override Lexicons.TermVocabulary Terms => Lexicons.SensitiveTerms.SpecialCategoryTerms;
    protected override int VocabularyBit => Context.TriggerWords.SpecialCategory;
    protected override string Explanation =>
        "Donnée sensible sur une personne (RGPD art. 9) : religion, opinion politique, appartenance syndicale, origine ou orientation sexuelle.";
}
