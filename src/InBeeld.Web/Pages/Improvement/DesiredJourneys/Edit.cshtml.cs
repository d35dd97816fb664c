using InBeeld.Core.Access;
using InBeeld.Core.DesiredJourneys;
using InBeeld.Core.Interviews;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Web.Localization;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>
/// Edits a desired journey without JavaScript: the steps as a list (change, drop or bring back), one
/// step's form at a time (<c>?stap=</c>), a new step after any other (<c>?na=</c>, or at the start), and the title.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class EditModel(InBeeldDbContext db, DesiredJourneyStore store, IStringLocalizer<ImprovementPageText> text, IStringLocalizer<SharedText> shared) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid JourneyId { get; set; }

    /// <summary>The step being edited.</summary>
    [BindProperty(SupportsGet = true, Name = "stap")]
    public Guid? StepId { get; set; }

    /// <summary>Adding a new step after this one; <see cref="Guid.Empty"/> adds at the start.</summary>
    [BindProperty(SupportsGet = true, Name = "na")]
    public Guid? AfterStepId { get; set; }

    [BindProperty]
    public DesiredStepForm Input { get; set; } = new();

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Field_DesiredTitle")]
    public string? Title { get; set; }

    public StudyContext? Study { get; private set; }

    public DesiredJourney? Journey { get; private set; }

    public IReadOnlyList<SelectListItem> Phases { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Handovers { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Experiences { get; private set; } = [];

    public bool Adding => AfterStepId is not null && StepId is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Title = Journey!.Title;
        if (StepId is { } id)
        {
            var step = Journey.Steps.SingleOrDefault(s => s.Id == id);
            if (step is null)
            {
                return NotFound();
            }

            Input = DesiredStepForm.From(step);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStepAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        RequestAudit.NameObject(HttpContext, "DesiredJourney", JourneyId);
        try
        {
            var done = StepId is { } id
                ? await store.UpdateStepAsync(StudyId, JourneyId, id, Input.ToCore(), cancellationToken)
                : await store.AddStepAsync(StudyId, JourneyId, AfterStepId == Guid.Empty ? null : AfterStepId, Input.ToCore(), cancellationToken) is not null;
            if (!done)
            {
                return NotFound();
            }

            TempData["Status"] = text["StepSaved"].Value;
            return RedirectToPage(new { studyId = StudyId, journeyId = JourneyId });
        }
        catch (InputRejectedException rejected)
        {
            ModelState.AddErrors(rejected);
            Title = Journey!.Title;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid step, bool restore, CancellationToken cancellationToken)
    {
        RequestAudit.NameObject(HttpContext, "DesiredJourney", JourneyId);
        if (!await store.RemoveStepAsync(StudyId, JourneyId, step, restore, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = text[restore ? "StepRestored" : "StepRemoved"].Value;
        return RedirectToPage(new { studyId = StudyId, journeyId = JourneyId });
    }

    public async Task<IActionResult> OnPostTitleAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        RequestAudit.NameObject(HttpContext, "DesiredJourney", JourneyId);
        ModelState.Clear();
        try
        {
            await store.RenameAsync(StudyId, JourneyId, Title, Journey!.Description, cancellationToken);
            TempData["Status"] = text["DesiredRenamed"].Value;
            return RedirectToPage(new { studyId = StudyId, journeyId = JourneyId });
        }
        catch (InputRejectedException rejected)
        {
            ModelState.AddErrors(rejected, prefix: string.Empty);
            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        Journey = Study is null ? null : await store.GetAsync(StudyId, JourneyId, cancellationToken);
        if (Journey is null)
        {
            return false;
        }

        Phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == StudyId).OrderBy(p => p.Order)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(cancellationToken);
        Handovers = Enum.GetValues<HandoverKind>().Select(h => new SelectListItem(shared.Label(h), h.ToString())).ToList();
        Experiences = Enumerable.Range(InterviewRules.MinExperience, InterviewRules.MaxExperience - InterviewRules.MinExperience + 1)
            .Select(v => new SelectListItem(v > 0 ? "+" + v : v.ToString(System.Globalization.CultureInfo.InvariantCulture), v.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        return true;
    }
}
