using System.Text;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data;
using InBeeld.Data.Composites;
using InBeeld.Web.Pages.Interviews.Maps;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// A group's composite journey: its map (the journey-map renderer, as for an interview), SVG and PDF
/// downloads, and the steps as a table, each saying how many interviews it stands for with a link to
/// its sources. A composite is an aggregate of fictitious people, so chain partners may see it; the
/// source interviews behind the links need the right to read interviews. Downloads are in the audit log.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class JourneyModel(CompositeQuery query, IConfiguration configuration, TimeProvider time, RequestAudit audit) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid GroupId { get; set; }

    public CompositeView? View { get; private set; }

    public string? Svg { get; private set; }

    /// <summary>A problem making a file (a missing font).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        View = await query.GetAsync(StudyId, GroupId, cancellationToken);
        if (View is null)
        {
            return NotFound();
        }

        Svg = View.Map is { } map ? JourneyMapRenderer.RenderInlineSvg(map) : null;
        return Page();
    }

    public Task<IActionResult> OnGetSvgAsync(CancellationToken cancellationToken) =>
        FileAsync(map => (Encoding.UTF8.GetBytes(JourneyMapRenderer.RenderSvg(map)), "image/svg+xml", ".svg"), cancellationToken);

    public Task<IActionResult> OnGetPdfAsync(string? paper, CancellationToken cancellationToken)
    {
        var size = string.Equals(paper, "a4", StringComparison.OrdinalIgnoreCase) ? PaperSize.A4 : PaperSize.A3;
        return FileAsync(map =>
        {
            var options = new PdfMapOptions { Paper = size, Fonts = NotoFonts.Load(configuration[MapModel.FontsSetting]), Time = time };
            using var stream = new MemoryStream();
            JourneyMapRenderer.RenderPdf(map, options, stream);
            return (stream.ToArray(), "application/pdf", size == PaperSize.A4 ? "-a4.pdf" : "-a3.pdf");
        }, cancellationToken);
    }

    private async Task<IActionResult> FileAsync(Func<JourneyMapModel, (byte[] Bytes, string ContentType, string Extension)> render, CancellationToken cancellationToken)
    {
        View = await query.GetAsync(StudyId, GroupId, cancellationToken);
        if (View?.Map is not { } map)
        {
            return NotFound();
        }

        try
        {
            var (bytes, contentType, extension) = render(map);
            await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "CompositeJourney", View.Composite!.Id);
            return File(bytes, contentType, FileStem(View.Group.Number) + extension);
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            Svg = JourneyMapRenderer.RenderInlineSvg(map);
            return Page();
        }
    }

    /// <summary>"samengestelde-klantreis-groep-2": the number, not the name, so no typed text reaches a file name.</summary>
    public static string FileStem(int number) => $"samengestelde-klantreis-groep-{number}";
}
