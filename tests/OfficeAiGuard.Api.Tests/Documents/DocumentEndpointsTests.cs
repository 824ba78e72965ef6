using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeAiGuard.Api.Tests.Infrastructure;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Api.Tests.Documents;

public sealed class DocumentEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Iban = "FR76 3000 6000 0112 3456 7890 189";

    private static byte[] Docx(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p))))));
        }
        return stream.ToArray();
    }

    private static MultipartFormDataContent Form(byte[] file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        form.Add(content, "file", "rapport.docx");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        return form;
    }

    [Fact]
    public async Task Inspect_reports_findings_with_their_story_and_no_value()
    {
        var client = await factory.ClientFor("redacteur@mairie.fr", "tenant-docs");
        var response = await client.PostAsync("/api/documents/inspect",
            Form(Docx("Rapport annuel du CCAS.", $"Remboursement sur le compte {Iban}.")));

        response.EnsureSuccessStatusCode();
        string raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("3000 6000", raw);
        var body = JsonDocument.Parse(raw).RootElement;
        Assert.False(body.GetProperty("mentionPresent").GetBoolean());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("declaration").ValueKind);
        var finding = body.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("finding").GetProperty("category").GetString() == "IBAN");
        Assert.Equal("body", finding.GetProperty("story").GetString());
        Assert.Equal(64, body.GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public async Task Stamp_returns_a_docx_holding_the_charter_mention_once_and_the_declaration()
    {
        var client = await factory.ClientFor("redacteur@mairie.fr", "tenant-docs");
        var charter = await client.GetFromJsonAsync<JsonElement>("/api/charter");
        string mention = charter.GetProperty("mention").GetProperty("text").GetString()!;
        string tool = charter.GetProperty("tools").EnumerateArray().First().GetProperty("id").GetString()!;

        var first = await client.PostAsync("/api/documents/stamp",
            Form(Docx("Synthèse rédigée avec un assistant."), ("toolId", tool), ("purpose", "resume"), ("checklistComplete", "true")));
        first.EnsureSuccessStatusCode();
        Assert.Equal("inserted", first.Headers.GetValues("X-OfficeAiGuard-Mention").Single());
        byte[] stamped = await first.Content.ReadAsByteArrayAsync();

        var inspection = DocxInspector.Inspect(new MemoryStream(stamped));
        Assert.True(inspection.MentionPresent);
        Assert.Equal(1, CountOccurrences(inspection.Text.Text, mention));
        Assert.Equal(tool, inspection.Declaration!.Tool);
        Assert.Equal("resume", inspection.Declaration.Purpose);
        Assert.True(inspection.Declaration.ChecklistComplete);
        Assert.StartsWith("r-", inspection.Declaration.ReviewerId);

        var second = await client.PostAsync("/api/documents/stamp", Form(stamped, ("toolId", tool), ("purpose", "resume")));
        second.EnsureSuccessStatusCode();
        var again = DocxInspector.Inspect(new MemoryStream(await second.Content.ReadAsByteArrayAsync()));
        Assert.Equal(1, CountOccurrences(again.Text.Text, mention));
    }

    [Fact]
    public async Task A_broken_docx_is_refused_with_a_problem()
    {
        var client = await factory.ClientFor("redacteur@mairie.fr", "tenant-docs");
        var response = await client.PostAsync("/api/documents/inspect", Form("PK\u0003\u0004 pas un document"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Stamp_with_a_tool_outside_the_charter_is_refused()
    {
        var client = await factory.ClientFor("redacteur@mairie.fr", "tenant-docs");
        var response = await client.PostAsync("/api/documents/stamp", Form(Docx("Texte."), ("toolId", "outil-inconnu"), ("purpose", "resume")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outil-inconnu", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_without_a_file_or_without_a_token_is_refused()
    {
        var client = await factory.ClientFor("redacteur@mairie.fr", "tenant-docs");
        var empty = await client.PostAsync("/api/documents/inspect", new MultipartFormDataContent { { new StringContent("x"), "autre" } });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var anonymous = await factory.CreateClient().PostAsync("/api/documents/inspect", Form(Docx("Texte.")));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
