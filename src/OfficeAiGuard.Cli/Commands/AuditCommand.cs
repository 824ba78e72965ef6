using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OfficeAiGuard.Detection;
using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>audit DIR [--out report.csv|report.json] [--mention TEXT]</c>: walks .docx and .txt files (e.g. an
/// export of a SharePoint library) and reports, per file, whether an AI-use declaration and the mention
/// are present and how many findings of each category it holds. Counts only: no text, no values.
/// </summary>
public static class AuditCommand
{
    public const long MaxTextFileBytes = 10L * 1024 * 1024;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var (dir, outPath, mention) = Parse(args);
        if (!Directory.Exists(dir)) throw new CliUsageException($"{dir} : dossier introuvable");
        var format = outPath is not null && outPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "csv";

        var files = Directory.EnumerateFiles(dir, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint,
            })
            .Where(IsAuditable)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

        var engine = new AnalyzerEngine();
        var rows = new List<AuditRow>(files.Count);
        var progress = new Progress(stderr, files.Count, interactive);
        foreach (var file in files)
        {
            rows.Add(AuditFile(engine, dir, file, mention));
            progress.Step();
        }
        progress.Done();

        using (var writer = outPath is null ? null : new StreamWriter(outPath, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == "csv")))
        {
            var target = writer ?? stdout;
            if (format == "json") WriteJson(target, rows); else WriteCsv(target, rows);
        }

        int refused = rows.Count(r => r.Status != "ok");
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"audit : {rows.Count} fichier(s), {rows.Count(r => r.Declaration is not null)} avec déclaration IA, {rows.Count(r => r.Mention)} avec mention, {refused} non analysé(s){(outPath is null ? "" : " → " + outPath)}"));
        return 0;
    }

    internal static bool IsAuditable(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith("~$", StringComparison.Ordinal)) return false; // Word lock files
        return name.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static (string Dir, string? Out, string Mention) Parse(string[] args)
    {
        string? dir = null, outPath = null, mention = MentionText.Default;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out": outPath = Value(args, ref i); break;
                case "--mention": mention = Value(args, ref i); break;
                case var a when a.StartsWith("--", StringComparison.Ordinal): throw new CliUsageException($"audit : option inconnue {a}");
                case var a when dir is null: dir = a; break;
                default: throw new CliUsageException("audit : un seul dossier attendu");
            }
        }
        if (dir is null) throw new CliUsageException("audit DOSSIER [--out rapport.csv|rapport.json] [--mention TEXTE]");
        if (outPath is not null && !outPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !outPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            throw new CliUsageException("audit : --out doit finir par .csv ou .json");
        return (dir, outPath, mention);
    }

    internal static string Value(string[] args, ref int i) =>
        i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{args[i]} attend une valeur");

    private static AuditRow AuditFile(AnalyzerEngine engine, string root, string file, string mention)
    {
        var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
        bool isDocx = file.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
        try
        {
            string text, sha;
            AiUseRecord? declaration = null;
            bool mentionFound;
            if (isDocx)
            {
                using var stream = File.OpenRead(file);
                var inspection = DocxInspector.Inspect(stream);
                text = inspection.Text.Text;
                sha = inspection.Sha256;
                declaration = inspection.Declaration;
                mentionFound = inspection.MentionPresent || MentionText.Contains(text, mention);
            }
            else
            {
                var info = new FileInfo(file);
                if (info.Length > MaxTextFileBytes)
                    return AuditRow.Failed(relative, "txt", "refused:TooLarge", "Le fichier texte dépasse 10 Mo.");
                var bytes = File.ReadAllBytes(file);
                sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
                text = DecodeText(bytes);
                mentionFound = MentionText.Contains(text, mention);
            }
            var counts = engine.Analyze(text).GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            return new AuditRow(relative, isDocx ? "docx" : "txt", "ok", null, sha, declaration, mentionFound, counts);
        }
        catch (DocxRejectedException e)
        {
            return AuditRow.Failed(relative, "docx", "refused:" + e.Reason, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return AuditRow.Failed(relative, isDocx ? "docx" : "txt", "error", "Lecture impossible : " + e.GetType().Name);
        }
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 with BOM; otherwise Windows-1252 bytes read as Latin-1.</summary>
    private static string DecodeText(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }) ||
            bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd();
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.Latin1.GetString(bytes); }
    }

    private static void WriteCsv(TextWriter w, List<AuditRow> rows)
    {
        var header = new List<string> { "path", "kind", "status", "declaration", "tool", "purpose", "declared_at", "checklist_complete", "mention" };
        header.AddRange(Categories.All);
        header.AddRange(["findings_total", "sha256", "detail"]);
        w.WriteLine(string.Join(',', header));
        foreach (var r in rows)
        {
            var cells = new List<string>
            {
                r.Path, r.Kind, r.Status, Bool(r.Declaration is not null), r.Declaration?.Tool ?? "", r.Declaration?.Purpose ?? "",
                r.Declaration is { } d && d.Date != DateTimeOffset.MinValue ? d.Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "",
                r.Declaration is null ? "" : Bool(r.Declaration.ChecklistComplete), Bool(r.Mention),
            };
            cells.AddRange(Categories.All.Select(c => r.Counts.GetValueOrDefault(c).ToString(CultureInfo.InvariantCulture)));
            cells.Add(r.Counts.Values.Sum().ToString(CultureInfo.InvariantCulture));
            cells.Add(r.Sha256 ?? "");
            cells.Add(r.Detail ?? "");
            w.WriteLine(string.Join(',', cells.Select(Csv)));
        }
    }

    private static string Bool(bool b) => b ? "true" : "false";

    /// <summary>RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection.</summary>
    internal static string Csv(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static void WriteJson(TextWriter w, List<AuditRow> rows)
    {
        var report = new
        {
            generatedAt = DateTimeOffset.UtcNow,
            files = rows.Select(r => new
            {
                path = r.Path,
                kind = r.Kind,
                status = r.Status,
                detail = r.Detail,
                sha256 = r.Sha256,
                hasDeclaration = r.Declaration is not null,
                declaration = r.Declaration is null ? null : new
                {
                    tool = r.Declaration.Tool,
                    purpose = r.Declaration.Purpose,
                    mode = r.Declaration.Mode,
                    date = r.Declaration.Date == DateTimeOffset.MinValue ? (DateTimeOffset?)null : r.Declaration.Date,
                    reviewerId = r.Declaration.ReviewerId,
                    policyVersion = r.Declaration.PolicyVersion,
                    checklistComplete = r.Declaration.ChecklistComplete,
                    mentionInserted = r.Declaration.MentionInserted,
                },
                mention = r.Mention,
                findings = r.Counts.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value),
                findingsTotal = r.Counts.Values.Sum(),
            }),
            totals = new
            {
                files = rows.Count,
                withDeclaration = rows.Count(r => r.Declaration is not null),
                withMention = rows.Count(r => r.Mention),
                notAnalysed = rows.Count(r => r.Status != "ok"),
                findings = rows.SelectMany(r => r.Counts).GroupBy(kv => kv.Key).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value)),
            },
        };
        w.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(FindingJson.Options) { WriteIndented = true }));
    }

    private sealed record AuditRow(string Path, string Kind, string Status, string? Detail, string? Sha256,
        AiUseRecord? Declaration, bool Mention, Dictionary<string, int> Counts)
    {
        public static AuditRow Failed(string path, string kind, string status, string detail) =>
            new(path, kind, status, detail, null, null, false, []);
    }

    /// <summary>A progress bar on a terminal; a line every 10 % when stderr is redirected.</summary>
    private sealed class Progress(TextWriter stderr, int total, bool interactive)
    {
        private int _done;
        private int _lastDecile = -1;

        public void Step()
        {
            _done++;
            if (interactive)
            {
                int width = 30, filled = total == 0 ? width : _done * width / total;
                stderr.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {_done}/{total}");
            }
            else if (total > 0 && _done * 10 / total is var decile && decile != _lastDecile)
            {
                _lastDecile = decile;
                stderr.WriteLine($"audit : {_done}/{total} fichiers");
            }
        }

        public void Done()
        {
            if (interactive && total > 0) stderr.WriteLine();
        }
    }
}
