using System.Text;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Glossary;
using InBeeld.Core.Rendering;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Pdf.Fonts;
using InBeeld.Data;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Data.Glossary;
using InBeeld.Web.Pages.Interviews.Maps;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>
/// A desired journey: the map with the current and the desired hartslag together, the steps with
/// what changes, the actions tied to them, and the map as SVG or PDF.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class DetailsModel(InBeeldDbContext db, DesiredJourneyStore store, GlossaryStore glossary, CurrentMembership membership, RequestAudit audit, IConfiguration configuration, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid JourneyId { get; set; }

    [FromQuery(Name = "gedeelde-termen")]
    public bool SharedTerms { get; set; }

    public StudyContext? Study { get; private set; }

    public DesiredJourney? Journey { get; private set; }

    public JourneyMapModel? Map { get; private set; }

    public string Svg { get; private set; } = "";

    public TermAnnotator? Terms { get; private set; }

    public bool HasGlossary { get; private set; }

    /// <summary>Actions per desired step id.</summary>
    public ILookup<Guid, (Guid Id, string Title)> Actions { get; private set; } = Enumerable.Empty<(Guid, Guid, string)>().ToLookup(a => a.Item1, a => (a.Item2, a.Item3));

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await LoadAsync(cancellationToken);
        if (result is not null)
        {
            return result;
        }

        Svg = JourneyMapRenderer.RenderInlineSvg(Map!);
        return Page();
    }

    public async Task<IActionResult> OnGetSvgAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? await FileAsync(Encoding.UTF8.GetBytes(JourneyMapRenderer.RenderSvg(Map!)), "image/svg+xml", ".svg");

    public async Task<IActionResult> OnGetPdfAsync(string? paper, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(cancellationToken);
        if (result is not null)
        {
            return result;
        }

        var size = string.Equals(paper, "a4", StringComparison.OrdinalIgnoreCase) ? PaperSize.A4 : PaperSize.A3;
        try
        {
            using var stream = new MemoryStream();
            JourneyMapRenderer.RenderPdf(Map!, new PdfMapOptions { Paper = size, Fonts = NotoFonts.Load(configuration[MapModel.FontsSetting]), Time = time }, stream);
            return await FileAsync(stream.ToArray(), "application/pdf", size == PaperSize.A4 ? "-a4.pdf" : "-a3.pdf");
        }
        catch (FontMissingException missing)
        {
            Problem = missing.Message;
            Svg = JourneyMapRenderer.RenderInlineSvg(Map!);
            return Page();
        }
    }

    private async Task<IActionResult> FileAsync(byte[] bytes, string contentType, string extension)
    {
        await audit.WriteAsync(AuditActions.Export, AuditResult.Succeeded, "DesiredJourney", JourneyId);
        return File(bytes, contentType, "gewenste-klantreis" + extension);
    }

    /// <summary>Null when all is loaded; otherwise the result to return (not found, or not allowed for this journey).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        Journey = Study is null ? null : await store.GetAsync(StudyId, JourneyId, cancellationToken);
        if (Study is null || Journey is null)
        {
            return NotFound();
        }

        if (!await DesiredJourneyAccess.CanViewAsync(membership, Journey.SourceKind, cancellationToken))
        {
            return Forbid();
        }

        Map = await DesiredMapQuery.BuildAsync(db, Journey, Study.Title, cancellationToken);
        HasGlossary = await db.GlossaryEntries.AnyAsync(e => e.StudyId == StudyId, cancellationToken);
        Terms = SharedTerms && HasGlossary ? await glossary.AnnotatorAsync(StudyId, cancellationToken) : null;
        var stepIds = Journey.Steps.Select(s => s.Id).ToList();
        var linked = await db.ActionMotivations.AsNoTracking()
            .Where(m => m.DesiredStepId != null && stepIds.Contains(m.DesiredStepId.Value))
            .Join(db.ImprovementActions, m => m.ActionId, a => a.Id, (m, a) => new { Step = m.DesiredStepId!.Value, a.Id, a.Title })
            .ToListAsync(cancellationToken);
        Actions = linked.ToLookup(l => l.Step, l => (l.Id, l.Title));
        return null;
    }
}
