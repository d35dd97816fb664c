using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Glossary;
using InBeeld.Core.Localization;
using InBeeld.Core.Plans;
using InBeeld.Core.Rendering.Pdf.Documents;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Core.Spreadsheets;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Data.Glossary;
using InBeeld.Web.Pages.Interviews.Maps;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement.Plan;

/// <summary>
/// The integrated plan: every action by organisation and along the journey, on screen, as PDF for
/// the work group's meeting and as XLSX to work on. With <c>gedeelde-termen</c> the organisations'
/// own terms get the shared term of the glossary beside them, on screen and in both files.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, PlanQuery plans, GlossaryStore glossary, RequestAudit audit, IConfiguration configuration, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromQuery(Name = "gedeelde-termen")]
    public bool SharedTerms { get; set; }

    public IntegratedPlan? Plan { get; private set; }

    public StudyContext? Study { get; private set; }

    public bool HasGlossary { get; private set; }

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
            using var stream = new MemoryStream();
            PdfReportWriter.Write(ImprovementText.Get("Plan_Title", Plan!.StudyTitle), PlanExport.Report(Plan), NotoFonts.Load(configuration[MapModel.FontsSetting]), time, stream);
            await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Plan", StudyId);
            return File(stream.ToArray(), "application/pdf", FileName(".pdf"));
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            return Page();
        }
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        using var stream = new MemoryStream();
        XlsxWriter.Write(PlanExport.Sheets(Plan!), stream);
        await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "Plan", StudyId);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(".xlsx"));
    }

    private string FileName(string extension) => "integraal-plan-" + Plan!.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + extension;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        Plan = await plans.GetAsync(StudyId, cancellationToken);
        if (Study is null || Plan is null)
        {
            return false;
        }

        HasGlossary = await db.GlossaryEntries.AnyAsync(e => e.StudyId == StudyId, cancellationToken);
        if (SharedTerms && HasGlossary)
        {
            Plan = Annotate(Plan, await glossary.AnnotatorAsync(StudyId, cancellationToken));
        }

        return true;
    }

    private static IntegratedPlan Annotate(IntegratedPlan plan, TermAnnotator annotator)
    {
        PlanAction One(PlanAction a) => a with
        {
            Title = annotator.AnnotateAsText(a.Title),
            Description = a.Description is null ? null : annotator.AnnotateAsText(a.Description),
        };
        return plan with
        {
            ByOrganization = plan.ByOrganization.Select(g => g with { Actions = g.Actions.Select(One).ToList() }).ToList(),
            ByStep = plan.ByStep.Select(g => g with { Actions = g.Actions.Select(One).ToList() }).ToList(),
        };
    }
}
