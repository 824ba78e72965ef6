using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Data;
using OfficeAiGuard.Api.Demo;
using OfficeAiGuard.Api.Hosting;
using OfficeAiGuard.Api.Problems;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Detection.Analysis;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
builder.Services.AddControllers();
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = FrenchProblems.Translate);
builder.Services.AddExceptionHandler<ApiProblemHandler>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddOfficeAiGuardAuth(builder.Configuration, builder.Environment);
builder.Services.AddOfficeAiGuardHardening(builder.Configuration);
builder.Services.AddOfficeAiGuardStorage(builder.Configuration, builder.Environment);
builder.Services.Configure<CharterOptions>(builder.Configuration.GetSection(CharterOptions.Section));
builder.Services.AddSingleton<AnalyzerEngine>();
builder.Services.AddScoped<CharterService>();
builder.Services.AddScoped<ScanService>();
builder.Services.AddScoped<DeclarationService>();
builder.Services.AddScoped<IncidentService>();
builder.Services.AddScoped<AuditService>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<DocumentService>();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();
if (app.Configuration.GetSection(SeedOptions.Section).Get<SeedOptions>()?.Demo == true)
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseRouting();
app.UseRequestSizeLimit();
app.UseCors();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.MapControllers();
app.MapOpenApi();
app.MapHealthChecks("/healthz");
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
