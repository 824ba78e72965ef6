using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Health data about a person (RGPD art. 9).</summary>
public sealed class HealthRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "health-lexicon";
    protected override string Category => Detection.Categories.Health;
    protected override Regex Terms => Lexicons.SensitiveTerms.Health();
    private static readonly TriggerScanner Scanner = new(Lexicons.SensitiveTerms.HealthTriggers);
    protected override TriggerScanner Triggers => Scanner;
    protected override string Explanation =>
        "Donnée de santé sur une personne (RGPD art. 9) : maladie, handicap, traitement, grossesse ou arrêt maladie.";
}
