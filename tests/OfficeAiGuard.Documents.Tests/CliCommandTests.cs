using System.Text.Json.Nodes;
using OfficeAiGuard.Cli.Commands;

namespace OfficeAiGuard.Documents.Tests;

public sealed class CliCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("oaig-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_dir.FullName, name);

    [Fact]
    public void Stamp_then_audit_reports_declaration_mention_and_counts_without_text()
    {
        File.WriteAllBytes(PathOf("rapport.docx"), TestDocx.Simple("Écrire à jean.dupont@example.fr", "Appeler le 06 12 34 56 78"));
        File.WriteAllBytes(PathOf("brut.docx"), TestDocx.Simple("Aucune donnée"));
        Directory.CreateDirectory(PathOf("sous"));
        File.WriteAllText(PathOf("sous/note.txt"), "Courriel : marie.martin@example.org\nContenu généré avec l’aide de l’IA\n");
        File.WriteAllBytes(PathOf("sous/casse.docx"), "PK\u0003\u0004 pas un zip"u8.ToArray());
        File.WriteAllText(PathOf("ignore.pdf"), "x");

        var stdout = new StringWriter();
        Assert.Equal(0, StampCommand.Run([PathOf("rapport.docx"), "--tool", "copilot", "--purpose", "redaction", "--checklist-complete"], stdout, new StringWriter()));
        Assert.Contains("mention insérée", stdout.ToString());

        var stderr = new StringWriter();
        Assert.Equal(0, AuditCommand.Run([_dir.FullName, "--out", PathOf("audit.json")], new StringWriter(), stderr, interactive: false));
        Assert.Contains("4 fichier(s)", stderr.ToString());

        var report = JsonNode.Parse(File.ReadAllText(PathOf("audit.json")))!;
        var files = report["files"]!.AsArray().ToDictionary(f => f!["path"]!.GetValue<string>(), f => f!);
        Assert.Equal(["brut.docx", "rapport.docx", "sous/casse.docx", "sous/note.txt"], files.Keys.Order(StringComparer.Ordinal));

        var stamped = files["rapport.docx"];
        Assert.True(stamped["hasDeclaration"]!.GetValue<bool>());
        Assert.Equal("copilot", stamped["declaration"]!["tool"]!.GetValue<string>());
        Assert.True(stamped["mention"]!.GetValue<bool>());
        Assert.Equal(1, stamped["findings"]!["EMAIL"]!.GetValue<int>());

        Assert.False(files["brut.docx"]["hasDeclaration"]!.GetValue<bool>());
        Assert.False(files["brut.docx"]["mention"]!.GetValue<bool>());
        Assert.True(files["sous/note.txt"]["mention"]!.GetValue<bool>());
        Assert.Equal(1, files["sous/note.txt"]["findings"]!["EMAIL"]!.GetValue<int>());
        Assert.Equal("refused:Corrupt", files["sous/casse.docx"]["status"]!.GetValue<string>());

        // Counts only: no detected value and no document text in the report.
        var raw = File.ReadAllText(PathOf("audit.json"));
        Assert.DoesNotContain("jean.dupont", raw);
        Assert.DoesNotContain("marie.martin", raw);
        Assert.DoesNotContain("06 12", raw);
    }

    [Fact]
    public void Audit_csv_has_one_column_per_category()
    {
        File.WriteAllText(PathOf("a.txt"), "jean.dupont@example.fr");
        File.WriteAllText(PathOf("=cmd.txt"), "rien");
        var stdout = new StringWriter();
        AuditCommand.Run([_dir.FullName], stdout, new StringWriter(), interactive: false);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        Assert.Equal("path", header[0]);
        Assert.Contains("EMAIL", header);
        Assert.Contains("NIR", header);
        var row = lines.Single(l => l.StartsWith("a.txt,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", row[Array.IndexOf(header, "EMAIL")]);
        Assert.Contains(lines, l => l.StartsWith("'=cmd.txt,", StringComparison.Ordinal)); // formula injection neutralised
    }

    [Fact]
    public void Stamping_a_refused_file_changes_nothing()
    {
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
        File.WriteAllBytes(PathOf("chiffre.docx"), bytes);
        var stderr = new StringWriter();
        Assert.Equal(1, StampCommand.Run([PathOf("chiffre.docx"), "--tool", "copilot", "--purpose", "x"], new StringWriter(), stderr));
        Assert.Contains("mot de passe", stderr.ToString());
        Assert.Equal(bytes, File.ReadAllBytes(PathOf("chiffre.docx")));
        Assert.Single(_dir.GetFiles());
    }

    [Fact]
    public void Stamp_requires_tool_and_purpose()
    {
        File.WriteAllBytes(PathOf("a.docx"), TestDocx.Simple("x"));
        Assert.Throws<CliUsageException>(() => StampCommand.Run([PathOf("a.docx"), "--tool", "copilot"], new StringWriter(), new StringWriter()));
        Assert.Throws<CliUsageException>(() => StampCommand.Run([PathOf("a.docx"), "--tool", new string('x', 100), "--purpose", "p"], new StringWriter(), new StringWriter()));
    }
}
