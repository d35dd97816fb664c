using InBeeld.Core.Access;
using InBeeld.Web.Security;
using System.Text;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data;
using InBeeld.Data.Maps;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews.Maps;

/// <summary>
/// An interview's journey map on a page of its own, and its files: SVG, PDF (A3 poster or A4
/// booklet) and Mermaid, drawn by the same renderer as the CLI. Files are for sharing, so none
/// is made for an interview without recorded consent. Picking a quote for the map posts here.
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class MapModel(InBeeldDbContext db, IConfiguration configuration, TimeProvider time, IStringLocalizer<JourneyMapText> text) : PageModel
{
    /// <summary>Where the Noto fonts are (INBEELD_Fonts__Directory); default Debian's fonts-noto-core folder.</summary>
    public const string FontsSetting = "Fonts:Directory";

    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    public InterviewMap? Map { get; private set; }

    /// <summary>A problem making a file (a missing font), shown above the map.</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Map = await new InterviewMapQuery(db).GetAsync(StudyId, InterviewId, cancellationToken);
        return Map is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnGetSvgAsync(CancellationToken cancellationToken) =>
        FileAsync(map => (Encoding.UTF8.GetBytes(JourneyMapRenderer.RenderSvg(map.Model)), "image/svg+xml", ".svg"), cancellationToken);

    public Task<IActionResult> OnGetMermaidAsync(CancellationToken cancellationToken) =>
        FileAsync(map => (Encoding.UTF8.GetBytes(JourneyMapRenderer.RenderMermaid(map.Model)), "text/plain; charset=utf-8", ".mmd"), cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(string? paper, CancellationToken cancellationToken)
    {
        var size = string.Equals(paper, "a4", StringComparison.OrdinalIgnoreCase) ? PaperSize.A4 : PaperSize.A3;
        return FileAsync(map =>
        {
            var options = new PdfMapOptions { Paper = size, Fonts = NotoFonts.Load(configuration[FontsSetting]), Time = time };
            using var stream = new MemoryStream();
            JourneyMapRenderer.RenderPdf(map.Model, options, stream);
            return (stream.ToArray(), "application/pdf", size == PaperSize.A4 ? "-a4.pdf" : "-a3.pdf");
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostPickQuoteAsync(Guid quoteId, bool fullPage, CancellationToken cancellationToken)
    {
        var picked = await QuoteOnMap.PickAsync(db, StudyId, InterviewId, quoteId, cancellationToken);
        TempData["Status"] = text[picked ? "QuotePicked" : "QuoteNotFound"].Value;
        return fullPage
            ? RedirectToPage("/Interviews/Maps/Map", null, new { studyId = StudyId, interviewId = InterviewId }, "kaart-tabel")
            : RedirectToPage("/Interviews/Details", null, new { studyId = StudyId, interviewId = InterviewId }, "kaart-tabel");
    }

    private async Task<IActionResult> FileAsync(Func<InterviewMap, (byte[] Bytes, string ContentType, string Extension)> render, CancellationToken cancellationToken)
    {
        Map = await new InterviewMapQuery(db).GetAsync(StudyId, InterviewId, cancellationToken);
        if (Map is null)
        {
            return NotFound();
        }

        if (!Map.ConsentGiven)
        {
            Problem = text["NoConsentDownloads"];
            return Page();
        }

        try
        {
            var (bytes, contentType, extension) = render(Map);
            return File(bytes, contentType, Map.FileStem + extension);
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            return Page();
        }
    }
}
