using System.Text.Json;
using System.Text.Json.Nodes;
using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>scan --jsonl FILE</c>: reads JSON Lines <c>{"id","text"}</c> and writes one
/// <c>{"id","findings":[…]}</c> line per input, the format score.py reads.
/// </summary>
public static class ScanCommand
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout)
    {
        string path = args switch
        {
            ["--jsonl", var p] => p,
            _ => throw new CliUsageException("scan needs --jsonl FILE (or - for standard input)"),
        };
        var engine = new AnalyzerEngine();
        using TextReader reader = path == "-" ? stdin : OpenFile(path);
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (id, text) = ParseLine(line, path, lineNumber);
            var findings = engine.Analyze(text);
            stdout.WriteLine(JsonSerializer.Serialize(new ScanOutputLine(id, findings.Select(FindingJson.From).ToList()), FindingJson.Options));
        }
        return 0;
    }

    private static TextReader OpenFile(string path)
    {
        if (!File.Exists(path)) throw new CliUsageException($"{path}: no such file");
        return new StreamReader(path, System.Text.Encoding.UTF8);
    }

    private static (string Id, string Text) ParseLine(string line, string path, int lineNumber)
    {
        JsonNode? node;
        try { node = JsonNode.Parse(line); }
        catch (JsonException e) { throw new CliUsageException($"{path}:{lineNumber}: not JSON ({e.Message})"); }
        var id = node?["id"]?.GetValue<string>();
        var text = node?["text"]?.GetValue<string>();
        if (id is null || text is null) throw new CliUsageException($"{path}:{lineNumber}: needs string fields \"id\" and \"text\"");
        return (id, text);
    }

    private sealed record ScanOutputLine(string Id, IReadOnlyList<FindingJson> Findings);
}
