using OfficeAiGuard.Detection.Recognizers;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>The set of recognizers an <see cref="AnalyzerEngine"/> runs.</summary>
public sealed class RecognizerRegistry
{
    private readonly List<IRecognizer> _recognizers = [];

    public IReadOnlyList<IRecognizer> Recognizers => _recognizers;

    public RecognizerRegistry Add(IRecognizer recognizer)
    {
        if (_recognizers.Any(r => r.Name == recognizer.Name))
            throw new ArgumentException($"A recognizer named '{recognizer.Name}' is already registered.");
        _recognizers.Add(recognizer);
        return this;
    }

    /// <summary>The recognizers shipped with the product, one per kind of data.</summary>
    public static RecognizerRegistry CreateDefault() => new RecognizerRegistry()
        .Add(new EmailRecognizer())
        .Add(new FrenchPhoneRecognizer())
        .Add(new IbanRecognizer())
        .Add(new RibRecognizer())
        .Add(new NirRecognizer())
        .Add(new PaymentCardRecognizer())
        .Add(new TaxIdRecognizer())
        .Add(new OrgIdRecognizer())
        .Add(new IdDocumentRecognizer())
        .Add(new SocialBenefitIdRecognizer())
        .Add(new LicensePlateRecognizer())
        .Add(new DateOfBirthRecognizer())
        .Add(new PostalAddressRecognizer())
        .Add(new SecretRecognizer())
        .Add(new PersonNameRecognizer())
        .Add(new HealthRecognizer())
        .Add(new SpecialCategoryRecognizer())
        .Add(new CriminalRecognizer())
        .Add(new VulnerableRecognizer());
}
