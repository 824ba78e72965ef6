using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OfficeAiGuard.Api.Tests.Infrastructure;
using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Api.Tests.Scan;

public sealed class ScanFailsClosedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>A recognizer whose pattern runs out of time, as a pathological text could make a real one do.</summary>
    private sealed class TimingOutRecognizer : IRecognizer
    {
        public string Name => "timing-out";
        public IReadOnlyCollection<string> Categories { get; } = [Detection.Categories.Secret];
        public IEnumerable<Finding> Analyze(AnalysisContext context) =>
            throw new RegexMatchTimeoutException("x", "y", TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_text_the_engine_cannot_finish_is_blocking_not_clean()
    {
        var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton(new AnalyzerEngine(new RecognizerRegistry().Add(new TimingOutRecognizer())))));
        var client = app.CreateClient();
        var token = await (await client.PostAsJsonAsync("/dev/token", new { user = "a@mairie.fr", tenant = "tenant-closed" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var response = await client.PostAsJsonAsync("/api/scan", new { text = "Un texte quelconque.", destination = "send" });

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("block", body.GetProperty("verdict").GetString());
        Assert.Contains("précaution", body.GetProperty("notice").GetProperty("message").GetString());
    }
}
