using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>Adds a step at the end of the route (no step id) or edits one, with its quotes.</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class StepModel(InBeeldDbContext db, TimeProvider timeProvider, IStringLocalizer<InterviewText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    [FromRoute]
    public Guid? StepId { get; set; }

    [BindProperty]
    public StepInput Input { get; set; } = new();

    public string StudyTitle { get; private set; } = "";
    public string ParticipantCode { get; private set; } = "";
    public int Position { get; private set; }
    public IReadOnlyList<SelectListItem> Phases { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Organizations { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Channels { get; private set; } = [];
    public IReadOnlyList<SelectListItem> TurningPoints { get; private set; } = [];

    public bool IsNew => StepId is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var step = await LoadAsync(cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        Input = IsNew ? new StepInput() : StepForm.ToInput(step);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var step = await LoadAsync(cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        if (!await new StepForm(db, text).TryApplyAsync(StudyId, Input, step, ModelState, cancellationToken))
        {
            return Page();
        }

        if (IsNew)
        {
            if (Position > InterviewRules.MaxStepsPerInterview)
            {
                ModelState.AddModelError("", text["TooManySteps", InterviewRules.MaxStepsPerInterview]);
                return Page();
            }

            step.Order = Position - 1;
            db.Steps.Add(step);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Interviews.Where(i => i.Id == InterviewId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.UpdatedAt, timeProvider.GetUtcNow()), cancellationToken);
        TempData["Status"] = text[IsNew ? "StepAdded" : "StepSaved"].Value;
        return RedirectToPage("/Interviews/Route", null, new { studyId = StudyId, interviewId = InterviewId }, $"step-{step.Id}");
    }

    /// <summary>The step to edit, or a new one for the end of the route; null when the interview or step does not exist.</summary>
    private async Task<Step?> LoadAsync(CancellationToken cancellationToken)
    {
        var interview = await db.Interviews.AsNoTracking().Where(i => i.Id == InterviewId && i.StudyId == StudyId)
            .Select(i => new { i.ParticipantId, Steps = i.Steps.Count }).SingleOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return null;
        }

        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        ParticipantCode = await db.Participants.Where(p => p.Id == interview.ParticipantId).Select(p => p.Code).SingleAsync(cancellationToken);
        Phases = await OptionsAsync(db.Phases.Where(p => p.StudyId == StudyId).OrderBy(p => p.Order).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken), x => x.Id, x => x.Name);
        Organizations = await OptionsAsync(db.Organizations.Where(o => o.StudyId == StudyId).OrderBy(o => o.Order).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken), x => x.Id, x => x.Name);
        Channels = await OptionsAsync(db.Channels.Where(c => c.StudyId == StudyId).OrderBy(c => c.Order).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken), x => x.Id, x => x.Name);
        TurningPoints = await OptionsAsync(db.TurningPoints.Where(t => t.StudyId == StudyId).OrderBy(t => t.Order).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken), x => x.Id, x => x.Name);

        if (StepId is { } stepId)
        {
            var step = await db.Steps.Include(s => s.Quotes).SingleOrDefaultAsync(s => s.Id == stepId && s.InterviewId == InterviewId, cancellationToken);
            Position = (step?.Order ?? 0) + 1;
            return step;
        }

        Position = interview.Steps + 1;
        return new Step { InterviewId = InterviewId, Description = "" };
    }

    private static async Task<IReadOnlyList<SelectListItem>> OptionsAsync<T>(Task<List<T>> items, Func<T, Guid> id, Func<T, string> name) =>
        (await items).Select(x => new SelectListItem(name(x), id(x).ToString())).ToList();
}
