using System.Diagnostics;
using System.Text;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;

namespace InBeeld.Core.Tests.Rendering.Pdf;

/// <summary>
/// Renders a map to a PDF file and reads it back with poppler-utils (pdfinfo, pdftotext,
/// pdffonts), independent readers that know nothing of how the file was made. test.sh installs
/// poppler-utils; without it these tests fail with a message saying so.
/// </summary>
internal sealed class PdfProbe
{
    private PdfProbe(string path, byte[] bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    public string Path { get; }
    public byte[] Bytes { get; }

    public static PdfProbe Render(JourneyMapModel model, PaperSize paper, string name)
    {
        var folder = Environment.GetEnvironmentVariable("INBEELD_RENDER_PREVIEW") is { Length: > 0 } preview
            ? preview
            // One folder per test process: two runs on one machine (a developer's and CI's) must not share files.
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "inbeeld-pdf-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, $"{name}-{paper}.pdf");
        using (var stream = File.Create(path))
        {
            JourneyMapRenderer.RenderPdf(model, new PdfMapOptions { Paper = paper, Fonts = TestFonts.Noto }, stream);
        }

        return new PdfProbe(path, File.ReadAllBytes(path));
    }

    /// <summary>pdfinfo's "Key: value" lines.</summary>
    public Dictionary<string, string> Info() =>
        Run("pdfinfo", Path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2)
            .GroupBy(p => p[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());

    public int Pages => int.Parse(Info()["Pages"], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The text of one page (1-based) or of all pages, NFKC-normalised so Arabic presentation forms read as plain letters.</summary>
    public string Text(int? page = null)
    {
        var args = page is { } p ? $"-f {p} -l {p} " : string.Empty;
        return Run("pdftotext", $"{args}-enc UTF-8 \"{Path}\" -").Normalize(NormalizationForm.FormKC);
    }

    /// <summary>The text exactly as pdftotext gives it, without normalisation.</summary>
    public string RawText() => Run("pdftotext", $"-enc UTF-8 \"{Path}\" -");

    /// <summary>
    /// Text with lines joined by spaces and the bidi marks pdftotext puts around right-to-left
    /// lines (U+202A–U+202E) removed, so wrapped sentences can be found whole.
    /// </summary>
    public static string Flat(string text)
    {
        var noMarks = new string(text.Where(c => c is < '\u202A' or > '\u202E').ToArray());
        return string.Join(" ", noMarks.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>pdffonts rows: font name and whether it is embedded (columns found from the header line).</summary>
    public List<(string Name, bool Embedded)> Fonts()
    {
        var lines = Run("pdffonts", Path).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var type = lines[0].IndexOf(" type", StringComparison.Ordinal);
        var emb = lines[0].IndexOf(" emb", StringComparison.Ordinal) + 1;
        return lines.Skip(2).Select(l => (l[..type].Trim(), l.Substring(emb, 3) == "yes")).ToList();
    }

    private static string Run(string tool, string arguments)
    {
        var start = new ProcessStartInfo(tool, tool == "pdftotext" ? arguments : $"\"{arguments}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"{tool} is not installed: run ./test.sh (it installs poppler-utils) or apt-get install poppler-utils.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.ShouldBe(0, $"{tool} failed: {error}");
            return output;
        }
    }
}
