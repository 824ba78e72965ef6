namespace OfficeAiGuard.Cli.Commands;

/// <summary>A command line or input the command cannot work with; reported in one line, exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
