using System.Text.RegularExpressions;
using OfficeAiGuard.Detection.Context;

namespace OfficeAiGuard.Detection.Recognizers;

/// <summary>Facts showing a person is vulnerable or receives social aid (minimum benefits, debt, guardianship, child protection…).</summary>
public sealed class VulnerableRecognizer : SensitiveLexiconRecognizer
{
    public override string Name => "vulnerable-lexicon";
    protected override string Category => Detection.Categories.Vulnerable;
    protected override Regex Terms => Lexicons.SensitiveTerms.Vulnerable();
    private static readonly TriggerScanner Scanner = new(Lexicons.SensitiveTerms.VulnerableTriggers);
    protected override TriggerScanner Triggers => Scanner;
    protected override string Explanation =>
        "Situation de vulnérabilité ou aide sociale d'une personne (RSA, AAH, tutelle, protection de l'enfance, surendettement…) : donnée à haut risque.";
}
