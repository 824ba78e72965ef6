using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OfficeAiGuard.Api.Auth;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>
/// Development sign-in: <c>POST /dev/token</c> issues a token of the development issuer.
/// Only mapped when the Development environment enables the issuer (see <see cref="AuthSetup"/>).
/// </summary>
[ApiController]
[Route("dev/token")]
public sealed class DevTokenController(IServiceProvider services, IOptions<AuthOptions> options, IHostEnvironment env) : ControllerBase
{
    public sealed record DevTokenRequest(string? User, string? Tenant, string[]? Roles, string? Unit);
    public sealed record DevTokenResponse(string AccessToken);

    [HttpPost]
    public ActionResult<DevTokenResponse> Issue(DevTokenRequest request)
    {
        var issuer = services.GetService<DevelopmentIssuer>();
        if (issuer is null || !env.IsDevelopment()) return NotFound();
        if (string.IsNullOrWhiteSpace(request.User) || string.IsNullOrWhiteSpace(request.Tenant))
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]>
            { ["user"] = ["« user » et « tenant » sont obligatoires."] }));
        var roles = request.Roles ?? [];
        var unknown = roles.Except(AppRoles.All).ToArray();
        if (unknown.Length > 0)
            return ValidationProblem(new ValidationProblemDetails(new Dictionary<string, string[]>
            { ["roles"] = [$"Rôle inconnu : {string.Join(", ", unknown)}."] }));
        string token = issuer.CreateToken(options.Value.ClientId, request.User, request.Tenant, roles, request.Unit, TimeSpan.FromHours(8));
        return new DevTokenResponse(token);
    }
}
