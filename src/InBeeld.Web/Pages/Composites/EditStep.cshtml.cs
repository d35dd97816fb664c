using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Data.Composites;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Editing one composite step. The form starts with what the step shows now; a text left as the
/// source step has it stays a pointer to that step (nothing copied), a changed text becomes the
/// researcher's own. Saving marks the step as edited; its provenance does not change.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class EditStepModel(InBeeldDbContext db, CompositeQuery query, CompositeService composites, IStringLocalizer<CompositeText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid CompositeStepId { get; set; }

    [BindProperty]
    public CompositeStepInput Input { get; set; } = new();

    public CompositeView? View { get; private set; }

    public CompositeStepView? Step { get; private set; }

    public IReadOnlyList<SelectListItem> Phases { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = CompositeStepInput.From(Step!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input.Validate(ModelState, text, Phases, Organizations);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var stored = await db.CompositeSteps.AsNoTracking().SingleAsync(s => s.Id == CompositeStepId, cancellationToken);
        var edit = Input.ToEdit(Step!, stored);
        await composites.EditStepAsync(StudyId, CompositeStepId, edit, User.ActorName(), cancellationToken);
        TempData["Status"] = text["StepEdited", Step!.Number].Value;
        return RedirectToPage("/Composites/Journey", null, new { studyId = StudyId, groupId = View!.Group.Id }, "stappen");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var groupId = await db.CompositeSteps.Where(s => s.Id == CompositeStepId)
            .Join(db.CompositeJourneys.Where(c => c.StudyId == StudyId), s => s.CompositeId, c => c.Id, (s, c) => (Guid?)c.GroupId)
            .SingleOrDefaultAsync(cancellationToken);
        View = groupId is { } g ? await query.GetAsync(StudyId, g, cancellationToken) : null;
        Step = View?.Steps.SingleOrDefault(s => s.Id == CompositeStepId);
        if (Step is null)
        {
            return false;
        }

        Phases = await db.Phases.AsNoTracking().Where(p => p.StudyId == StudyId).OrderBy(p => p.Order).ThenBy(p => p.Name)
            .Select(p => new SelectListItem(p.Name, p.Id.ToString())).ToListAsync(cancellationToken);
        Organizations = await db.Organizations.AsNoTracking().Where(o => o.StudyId == StudyId).OrderBy(o => o.Order).ThenBy(o => o.Name)
            .Select(o => new SelectListItem(o.Name, o.Id.ToString())).ToListAsync(cancellationToken);
        return true;
    }
}
