namespace OfficeAiGuard.Detection;

/// <summary>Confidence levels in the style of Microsoft Purview's sensitive information types.</summary>
public enum Confidence
{
    Low = 65,
    Medium = 75,
    High = 85,
}
