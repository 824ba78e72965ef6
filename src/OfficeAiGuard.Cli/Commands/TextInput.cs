namespace OfficeAiGuard.Cli.Commands;

/// <summary>Reads a whole text from a file or standard input ("-").</summary>
internal static class TextInput
{
    public static string Read(string path, TextReader stdin)
    {
        if (path == "-") return stdin.ReadToEnd();
        if (!File.Exists(path)) throw new CliUsageException($"{path}: no such file");
        return File.ReadAllText(path, System.Text.Encoding.UTF8);
    }
}
