using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Filtering;
using InBeeld.Core.Auditing;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Rendering.Pdf.Report;
using InBeeld.Core.Rendering.Report;
using InBeeld.Data;
using InBeeld.Data.Journeys;
using InBeeld.Web.Pages.Interviews.Maps;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Analysis;

/// <summary>
/// The workshop report: the top patterns with their quotes, as a page and as a PDF to print or
/// send. It holds aggregate figures and consented quotes only, so chain partners may read it
/// (ViewPatterns). The PDF is a file leaving the system and goes in the audit log.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class ReportModel(
    InBeeldDbContext db, JourneySetCache cache, RequestAudit audit, IConfiguration configuration, TimeProvider time, IStringLocalizer<AnalysisPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public WorkshopReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var fonts = NotoFonts.Load(configuration[MapModel.FontsSetting]);
            using var stream = new MemoryStream();
            PdfWorkshopReportWriter.Write(Report!, fonts, time, stream);
            await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Study", StudyId);
            return File(stream.ToArray(), "application/pdf", "werksessie-verslag.pdf");
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await AnalysisResult.LoadAsync(db, cache, StudyId, JourneyFilter.None, cancellationToken);
        if (result is null)
        {
            return false;
        }

        Report = await new WorkshopReportBuilder(db, text).BuildAsync(result, DateOnly.FromDateTime(time.GetLocalNow().DateTime), cancellationToken);
        return true;
    }
}
