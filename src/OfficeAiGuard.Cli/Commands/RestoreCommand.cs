using System.Text.Json;
using OfficeAiGuard.Detection.Pseudonymization;

namespace OfficeAiGuard.Cli.Commands;

/// <summary><c>restore FILE --mapping MAP.json</c>: prints FILE (an AI tool's answer) with the placeholders of MAP.json replaced by their values.</summary>
public static class RestoreCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout)
    {
        var (input, mappingPath) = args switch
        {
            [var file, "--mapping", var map] => (file, map),
            ["--mapping", var map, var file] => (file, map),
            _ => throw new CliUsageException("restore needs FILE (or -) and --mapping MAP.json"),
        };
        if (!File.Exists(mappingPath)) throw new CliUsageException($"{mappingPath}: no such file");
        PseudonymMapping? mapping;
        try { mapping = JsonSerializer.Deserialize<PseudonymMapping>(File.ReadAllText(mappingPath), FindingJson.Options); }
        catch (JsonException e) { throw new CliUsageException($"{mappingPath}: not a mapping ({e.Message})"); }
        string text = TextInput.Read(input, stdin);
        stdout.Write(Pseudonymizer.Restore(text, mapping ?? PseudonymMapping.Empty));
        return 0;
    }
}
