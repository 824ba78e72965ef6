using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeAiGuard.Documents.Tests;

/// <summary>Skipped (visibly) when LibreOffice or pdftotext are not installed; CI installs both.</summary>
public sealed class RequiresLibreOfficeFactAttribute : FactAttribute
{
    public RequiresLibreOfficeFactAttribute()
    {
        if (LibreOfficeRenderTests.Soffice is null) Skip = "LibreOffice (soffice) absent : paquet Debian libreoffice-writer-nogui";
        else if (LibreOfficeRenderTests.Which("pdftotext") is null) Skip = "pdftotext absent : paquet Debian poppler-utils";
    }
}

public class LibreOfficeRenderTests
{
    internal static readonly string? Soffice =
        new[] { "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists) ?? Which("soffice");

    [RequiresLibreOfficeFact]
    public void A_stamped_docx_renders_with_the_mention_visible_and_keeps_its_declaration()
    {
        const string mention = "Contenu généré avec l'aide de l'IA";
        var dir = Directory.CreateTempSubdirectory("oaig-lo-");
        try
        {
            var docx = Path.Combine(dir.FullName, "rapport.docx");
            using (var input = new MemoryStream(TestDocx.Rich()))
            using (var output = File.Create(docx))
                DocxStamper.Stamp(input, output, mention, TestDocx.Record());

            Run(Soffice!, $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.FullName, docx);
            var pdf = Path.Combine(dir.FullName, "rapport.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice n'a pas produit de PDF");

            var txt = Path.Combine(dir.FullName, "rapport.txt");
            Run("pdftotext", "-enc", "UTF-8", pdf, txt);
            var rendered = File.ReadAllText(txt);
            Assert.Contains(mention, rendered.Replace('\u2019', '\''));
            Assert.Contains("Objet : demande de logement", rendered);

            using (var doc = WordprocessingDocument.Open(docx, false))
                Assert.Equal("copilot", DocxDeclarationProperties.Read(doc)?.Tool);

            // LibreOffice reads the custom properties too: they become user-defined metadata in ODF.
            Run(Soffice!, $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--norestore",
                "--convert-to", "odt", "--outdir", dir.FullName, docx);
            using var odt = System.IO.Compression.ZipFile.OpenRead(Path.Combine(dir.FullName, "rapport.odt"));
            using var meta = new StreamReader(odt.GetEntry("meta.xml")!.Open());
            var metaXml = meta.ReadToEnd();
            Assert.Matches("meta:name=\"oaig.tool\"[^>]*>copilot<", metaXml);
            Assert.Matches("meta:name=\"oaig.checklist\"[^>]*>true<", metaXml);
            Assert.Matches("meta:name=\"oaig.date\"[^>]*>2026-11-20T09:30:00", metaXml);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(file)} n'a pas terminé en 2 minutes");
        }
        Assert.True(p.ExitCode == 0, $"{Path.GetFileName(file)} a échoué ({p.ExitCode}) : {stderr.Result}");
    }

    internal static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
