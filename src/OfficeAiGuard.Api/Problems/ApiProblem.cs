using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OfficeAiGuard.Api.Problems;

/// <summary>
/// A refusal a service raises for the caller (bad input, unknown id, stale version, not allowed); turned into
/// application/problem+json by <see cref="ApiProblemHandler"/>. Messages are French: they reach the agent.
/// </summary>
public sealed class ApiProblem(int status, string title, string? detail = null, IDictionary<string, string[]>? errors = null,
    IDictionary<string, object?>? extensions = null) : Exception(title)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;
    public IDictionary<string, string[]>? Errors { get; } = errors;
    public IDictionary<string, object?>? Extensions { get; } = extensions;

    public static ApiProblem Validation(string field, string message) =>
        new(StatusCodes.Status400BadRequest, "La requête est invalide.", message, new Dictionary<string, string[]> { [field] = [message] });

    public static ApiProblem Validation(IDictionary<string, string[]> errors) =>
        new(StatusCodes.Status400BadRequest, "La requête est invalide.", errors.Values.SelectMany(v => v).FirstOrDefault(), errors);

    public static ApiProblem NotFound(string what) => new(StatusCodes.Status404NotFound, $"{what} introuvable.");

    public static ApiProblem Forbidden(string detail) => new(StatusCodes.Status403Forbidden, "Accès refusé.", detail);

    public static ApiProblem Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) =>
        new(StatusCodes.Status409Conflict, title, detail, extensions: extensions);

    public ProblemDetails ToProblemDetails()
    {
        ProblemDetails problem = Errors is null ? new ProblemDetails() : new ValidationProblemDetails(Errors);
        problem.Status = Status;
        problem.Title = Title;
        problem.Detail = Detail;
        foreach (var (key, value) in Extensions ?? new Dictionary<string, object?>()) problem.Extensions[key] = value;
        return problem;
    }
}

/// <summary>Writes <see cref="ApiProblem"/>s as problem+json; other exceptions fall through to the default 500 problem.</summary>
public sealed class ApiProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not ApiProblem problem) return false;
        context.Response.StatusCode = problem.Status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem.ToProblemDetails(), Exception = exception });
    }
}
