namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Offences, convictions and judicial measures about a person (RGPD art. 10).</summary>
public sealed class CriminalRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "criminal-lexicon";
    protected override string Category => Detection.Categories.Criminal;
    protected override Lexicons.TermVocabulary Terms => Lexicons.SensitiveTerms.CriminalTerms;
    protected override int VocabularyBit => Context.TriggerWords.Criminal;
    protected override string Explanation =>
        "Infraction, condamnation ou mesure judiciaire concernant une personne (RGPD art. 10) : diffusion très encadrée.";
}
