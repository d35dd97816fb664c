namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// Finds the real logs in <c>../shared/data</c> next to the repository (not part of a clone):
/// set <c>INBEELD_SHARED_DATA</c> to the folder, or run from a checkout that has it beside it.
/// </summary>
internal static class SharedData
{
    public static string Path(string file)
    {
        var folder = Environment.GetEnvironmentVariable("INBEELD_SHARED_DATA");
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); folder is null && directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "shared", "data");
            if (Directory.Exists(candidate))
            {
                folder = candidate;
            }
        }

        var path = folder is null ? null : System.IO.Path.Combine(folder, file);
        return path is not null && File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{file} not found: set INBEELD_SHARED_DATA to the folder holding it (../shared/data).");
    }
}
