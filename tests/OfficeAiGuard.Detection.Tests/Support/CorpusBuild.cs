using System.Diagnostics;

namespace OfficeAiGuard.Detection.Tests.Support;

/// <summary>Runs tests/corpus/build.py into a temporary file and returns what it built.</summary>
public static class CorpusBuild
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "corpus");

    public static string Run(params string[] sourceArguments)
    {
        string built = Path.Combine(Path.GetTempPath(), $"corpus-{Guid.NewGuid():N}.jsonl");
        try
        {
            var python = Process.Start(new ProcessStartInfo("python3", [Path.Combine(Folder, "build.py"), built, .. sourceArguments])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            string error = python.StandardError.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0) throw new InvalidOperationException($"build.py failed: {error}");
            return File.ReadAllText(built);
        }
        finally
        {
            File.Delete(built);
        }
    }
}
