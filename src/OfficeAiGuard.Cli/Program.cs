using OfficeAiGuard.Cli.Commands;

namespace OfficeAiGuard.Cli;

public static class Program
{
    private const string Usage = """
        usage: officeaiguard <command> [options]

        commands:
          scan --jsonl FILE    scan JSON Lines {"id","text"} (FILE or - for stdin); one {"id","findings"} line per input
          help                 this text
        """;

    public static int Main(string[] args)
    {
        try
        {
            return args switch
            {
                ["scan", .. var rest] => ScanCommand.Run(rest, Console.In, Console.Out),
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
