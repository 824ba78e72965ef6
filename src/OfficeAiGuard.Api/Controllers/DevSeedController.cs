using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Demo;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>
/// Development only: <c>POST /dev/seed</c> fills the demo tenant <c>mairie-demo</c> (once; later calls change
/// nothing); <c>GET /dev/users</c> lists its demo accounts for a sign-in page.
/// </summary>
[ApiController]
[Route("dev")]
public sealed class DevSeedController(IServiceProvider services, IHostEnvironment env) : ControllerBase
{
    public sealed record DemoUser(string User, string Tenant, string[] Roles, string Unit);

    [HttpPost("seed")]
    public async Task<ActionResult<DemoSeeder.SeedResult>> Seed(CancellationToken ct) =>
        env.IsDevelopment() ? await services.GetRequiredService<DemoSeeder>().SeedAsync(ct) : NotFound();

    [HttpGet("users")]
    public ActionResult<IEnumerable<DemoUser>> Users() => env.IsDevelopment()
        ? Ok(DemoSeeder.Users.Select(u => new DemoUser(u.User, DemoSeeder.Tenant, u.Roles, u.Unit)))
        : NotFound();
}
