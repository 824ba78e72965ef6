using OfficeAiGuard.Api.Auth;
using OfficeAiGuard.Api.Hosting;
using OfficeAiGuard.Api.Services;
using OfficeAiGuard.Detection.Analysis;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = RequestLimits.MaxBodyBytes);
builder.Services.AddControllers();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks();
builder.Services.AddOfficeAiGuardAuth(builder.Configuration, builder.Environment);
builder.Services.AddSingleton<AnalyzerEngine>();
builder.Services.AddSingleton<ScanService>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapOpenApi();
app.MapHealthChecks("/healthz");
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
