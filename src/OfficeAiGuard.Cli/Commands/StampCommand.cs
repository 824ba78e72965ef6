using OfficeAiGuard.Detection.Analysis;
using OfficeAiGuard.Documents;

namespace OfficeAiGuard.Cli.Commands;

/// <summary>
/// <c>stamp FILE --tool ID --purpose P [--out FILE]</c>: inserts the mention (once) and writes the AI-use
/// declaration, with the document's finding counts, into a .docx. Without --out the file is replaced
/// atomically; a refused file is left untouched.
/// </summary>
public static class StampCommand
{
    public const string Usage =
        "stamp FICHIER.docx --tool ID --purpose FINALITE [--out FICHIER] [--mode assisted|generated] [--mention TEXTE] [--position end|start] [--reviewer ID] [--policy VERSION] [--checklist-complete]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? file = null, outPath = null, tool = null, purpose = null, reviewer = null, policy = null;
        string mode = "assisted", mention = MentionText.Default;
        var position = MentionPosition.End;
        bool checklist = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--out": outPath = AuditCommand.Value(args, ref i); break;
                case "--tool": tool = AuditCommand.Value(args, ref i); break;
                case "--purpose": purpose = AuditCommand.Value(args, ref i); break;
                case "--mode": mode = AuditCommand.Value(args, ref i); break;
                case "--mention": mention = AuditCommand.Value(args, ref i); break;
                case "--reviewer": reviewer = AuditCommand.Value(args, ref i); break;
                case "--policy": policy = AuditCommand.Value(args, ref i); break;
                case "--checklist-complete": checklist = true; break;
                case "--position":
                    position = AuditCommand.Value(args, ref i) switch
                    {
                        "end" => MentionPosition.End,
                        "start" => MentionPosition.Start,
                        var p => throw new CliUsageException($"stamp : --position {p} inconnue (end ou start)"),
                    };
                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal): throw new CliUsageException($"stamp : option inconnue {a}");
                case var a when file is null: file = a; break;
                default: throw new CliUsageException("stamp : un seul fichier attendu");
            }
        }
        if (file is null || tool is null || purpose is null) throw new CliUsageException(Usage);
        if (!File.Exists(file)) throw new CliUsageException($"{file} : fichier introuvable");

        var input = File.ReadAllBytes(file);
        Dictionary<string, int> counts;
        try
        {
            var text = DocxInspector.Inspect(new MemoryStream(input)).Text.Text;
            counts = new AnalyzerEngine().Analyze(text).GroupBy(f => f.Category).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
        catch (DocxRejectedException e)
        {
            stderr.WriteLine($"officeaiguard: {file} : {e.Message}");
            return 1;
        }

        AiUseRecord record;
        try
        {
            record = new AiUseRecord
            {
                Tool = tool, Purpose = purpose, Mode = mode, Date = DateTimeOffset.UtcNow, ReviewerId = reviewer,
                PolicyVersion = policy, ChecklistComplete = checklist, FindingCounts = counts,
            }.Validated();
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException("stamp : " + e.Message.Split(" (Parameter", 2)[0]);
        }

        var target = Path.GetFullPath(outPath ?? file);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        DocxStampResult result;
        try
        {
            using (var output = File.Create(temp))
                result = DocxStamper.Stamp(new MemoryStream(input), output, mention, record, position);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }

        var what = result.Mention switch
        {
            MentionChange.Inserted => "mention insérée",
            MentionChange.Updated => "mention mise à jour",
            MentionChange.Tagged => "mention existante balisée",
            _ => "mention déjà présente",
        };
        stdout.WriteLine($"{target} : {what} ; déclaration IA écrite (outil {record.Tool}, {record.FindingsTotal} donnée(s) sensible(s) détectée(s))");
        return 0;
    }
}
