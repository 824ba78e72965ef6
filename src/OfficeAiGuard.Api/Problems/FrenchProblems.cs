using Microsoft.AspNetCore.Http;

namespace OfficeAiGuard.Api.Problems;

/// <summary>Gives the framework's default (English) problem titles a French title: they reach agents.</summary>
public static class FrenchProblems
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "La requête est invalide.",
        [401] = "Authentification requise.",
        [403] = "Accès refusé.",
        [404] = "Ressource introuvable.",
        [405] = "Méthode non autorisée.",
        [409] = "Conflit.",
        [413] = "Requête trop volumineuse.",
        [415] = "Type de contenu non pris en charge.",
        [429] = "Trop de requêtes.",
        [500] = "Erreur interne du service.",
    };

    private static readonly HashSet<string> EnglishDefaults =
    [
        "One or more validation errors occurred.", "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed",
        "Conflict", "Payload Too Large", "Content Too Large", "Unsupported Media Type", "Too Many Requests",
        "An error occurred while processing your request.", "Internal Server Error",
    ];

    public static void Translate(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status is { } status && Titles.TryGetValue(status, out var title) && (problem.Title is null || EnglishDefaults.Contains(problem.Title)))
            problem.Title = title;
    }
}
