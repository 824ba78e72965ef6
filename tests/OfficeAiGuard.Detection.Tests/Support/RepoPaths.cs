namespace OfficeAiGuard.Detection.Tests.Support;

/// <summary>Locates the repository (the folder holding OfficeAiGuard.sln) and the shared/ folder beside it.</summary>
public static class RepoPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OfficeAiGuard.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("OfficeAiGuard.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>shared/detection beside the clone; required (CI has it).</summary>
    public static string SharedDetection
    {
        get
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "detection"));
            if (!Directory.Exists(path))
                throw new DirectoryNotFoundException($"shared/detection not found at {path}: it must stand beside the repository.");
            return path;
        }
    }
}
