using System.Diagnostics;
using System.Text;

namespace InBeeld.IntegrationTests.Maps;

/// <summary>Reads a PDF back with poppler-utils (installed by test.sh): pdfinfo fields and pdftotext text.</summary>
internal static class Poppler
{
    public static Dictionary<string, string> Info(string path) =>
        Run("pdfinfo", $"\"{path}\"").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim()).ToDictionary(g => g.Key, g => g.First()[1].Trim());

    /// <summary>All text, NFKC-normalised (Arabic presentation forms back to letters), lines joined, bidi marks removed.</summary>
    public static string Text(string path)
    {
        var text = Run("pdftotext", $"-enc UTF-8 \"{path}\" -").Normalize(NormalizationForm.FormKC);
        var noMarks = new string(text.Where(c => c is < '\u202A' or > '\u202E').ToArray());
        return string.Join(" ", noMarks.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        }) ?? throw new InvalidOperationException($"{tool} did not start; run ./test.sh, which installs poppler-utils.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{tool}: {error}");
        return output;
    }
}
