using OfficeAiGuard.Cli.Commands;

namespace OfficeAiGuard.Cli;

public static class Program
{
    private const string Usage = """
        usage: officeaiguard <command> [options]

        commands:
          scan --jsonl FILE                 scan JSON Lines {"id","text"} (FILE or - for stdin); one {"id","findings"} line per input
          pseudonymize FILE --mapping OUT   print FILE (or -) with placeholders; write the mapping (original values) to OUT
          restore FILE --mapping MAP        print FILE (an AI tool's answer, or -) with MAP's placeholders restored
          bench [--mb N] [--per-recognizer] throughput (MB/s, one core) and p50/p99 latency for a 10 KB mail and a 300 KB report
          bench [--mb N] --findings FILE    write the findings of the benchmark's text to FILE (to check a change gives the same results)
          audit DIR [--out report.csv|report.json] [--mention TEXT]
                                            walk .docx and .txt files: AI-use declaration, mention, findings per category (counts only)
          stamp FILE --tool ID --purpose P [--out FILE] [--mode M] [--mention TEXT] [--position end|start]
                [--reviewer ID] [--policy VERSION] [--checklist-complete]
                                            insert the mention (once) and write the AI-use declaration into a .docx
          help                              this text
        """;

    public static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["scan", .. var rest] => ScanCommand.Run(rest, Console.In, Console.Out),
                ["pseudonymize", .. var rest] => PseudonymizeCommand.Run(rest, Console.In, Console.Out),
                ["restore", .. var rest] => RestoreCommand.Run(rest, Console.In, Console.Out),
                ["bench", .. var rest] => BenchCommand.Run(rest, Console.Out),
                ["audit", .. var rest] => AuditCommand.Run(rest, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected),
                ["stamp", .. var rest] => StampCommand.Run(rest, Console.Out, Console.Error),
                [] or ["help" or "--help" or "-h"] => PrintUsage(Console.Out, 0),
                _ => PrintUsage(Console.Error, 2),
            };
        }
        catch (CliUsageException e)
        {
            Console.Error.WriteLine($"officeaiguard: {e.Message}");
            return 2;
        }
    }

    private static int PrintUsage(TextWriter writer, int code)
    {
        writer.WriteLine(Usage);
        return code;
    }
}
