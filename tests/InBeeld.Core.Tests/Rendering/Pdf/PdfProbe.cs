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
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "inbeeld-pdf-tests");
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

    /// <summary>pdffonts rows: font name and whether it is embedded.</summary>
    public List<(string Name, bool Embedded)> Fonts() =>
        Run("pdffonts", Path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(cells => (cells[0], cells[^5] == "yes"))
            .ToList();

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
