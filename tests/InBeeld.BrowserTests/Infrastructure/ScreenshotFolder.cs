using System.Collections.Concurrent;
using System.Text;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// Where full-page screenshots go, so a reviewer can look at every page a test saw.
/// INBEELD_TEST_SCREENSHOTS overrides the default: TestResults/screenshots in the test project folder
/// (found from the build output), because `dotnet test` runs in bin/… where nobody looks.
/// </summary>
internal static class ScreenshotFolder
{
    public const string EnvironmentVariable = "INBEELD_TEST_SCREENSHOTS";

    /// <summary>Numbered per test, not per session, so a test's second browser continues the sequence.</summary>
    private static readonly ConcurrentDictionary<string, int> StepsTaken = new();

    public static string Directory { get; } = Resolve();

    /// <summary>File for the next step of a test, e.g. <c>HomePage_IsDutch--01-home.png</c>.</summary>
    public static string NextPathFor(string testName, string step)
    {
        var number = StepsTaken.AddOrUpdate(testName, 1, (_, taken) => taken + 1);
        return Path.Combine(Directory, $"{Slug(testName)}--{number:00}-{Slug(step)}.png");
    }

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(ProjectDirectory() ?? Environment.CurrentDirectory, "TestResults", "screenshots")
            : configured;
        var folder = System.IO.Directory.CreateDirectory(directory);
        // Only this run's pictures, so a reviewer never mistakes an old screenshot for a new one.
        foreach (var old in folder.EnumerateFiles("*--*.png"))
        {
            old.Delete();
        }

        return folder.FullName;
    }

    private static string? ProjectDirectory()
    {
        const string ProjectFile = "InBeeld.BrowserTests.csproj";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            var keep = char.IsLetterOrDigit(character) || character is '_' or '.';
            slug.Append(keep ? character : '-');
        }

        return slug.ToString().Trim('-');
    }
}
