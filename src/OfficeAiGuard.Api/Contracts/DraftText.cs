using OfficeAiGuard.Api.Problems;

namespace OfficeAiGuard.Api.Contracts;

/// <summary>The one rule for a draft sent to the API (scan, pseudonymise, restore): present and not oversized.</summary>
public static class DraftText
{
    public const int MaxLength = 1_000_000;

    public static string Require(string? text) => text switch
    {
        null => throw ApiProblem.Validation("text", "Le texte à vérifier est obligatoire."),
        { Length: > MaxLength } => throw ApiProblem.Validation("text", $"Le texte dépasse {MaxLength} caractères."),
        _ => text,
    };
}
