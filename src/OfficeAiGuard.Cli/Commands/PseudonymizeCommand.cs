using System.Text.Json;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Detection.Pseudonymization;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>pseudonymize FILE --mapping OUT.json</c>: prints FILE with its sensitive data replaced by
/// placeholders and writes the mapping (which holds the original values: keep it local) to OUT.json.
/// </summary>
public static class PseudonymizeCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout)
    {
        var (input, mappingPath) = args switch
        {
            [var file, "--mapping", var map] => (file, map),
            ["--mapping", var map, var file] => (file, map),
            _ => throw new CliUsageException("pseudonymize needs FILE (or -) and --mapping OUT.json"),
        };
        string text = TextInput.Read(input, stdin);
        var findings = new AnalyzerEngine().Analyze(text);
        var result = Pseudonymizer.Pseudonymize(text, findings);
        File.WriteAllText(mappingPath, JsonSerializer.Serialize(result.Mapping, FindingJson.Options));
        stdout.Write(result.Text);
        return 0;
    }
}
