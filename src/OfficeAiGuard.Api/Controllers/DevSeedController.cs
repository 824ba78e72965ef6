using Microsoft.AspNetCore.Mvc;
using OfficeAiGuard.Api.Demo;

namespace OfficeAiGuard.Api.Controllers;

/// <summary>Development only: <c>POST /dev/seed</c> fills the demo tenant <c>mairie-demo</c> (once; later calls change nothing).</summary>
[ApiController]
[Route("dev/seed")]
public sealed class DevSeedController(DemoSeeder seeder, IHostEnvironment env) : ControllerBase
{
    [HttpPost]
    public async Task<ActionResult<DemoSeeder.SeedResult>> Seed(CancellationToken ct) =>
        env.IsDevelopment() ? await seeder.SeedAsync(ct) : NotFound();
}
