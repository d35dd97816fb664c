using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>
/// The route editor: the steps in order, with move and delete buttons that are plain forms, so
/// it works without JavaScript; wwwroot/js/route-editor.js adds dragging that posts the same Move handler.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class RouteModel(InBeeldDbContext db, TimeProvider timeProvider, IStringLocalizer<InterviewText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    public InterviewRoute? Route { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Route = await InterviewRoute.LoadAsync(db, StudyId, InterviewId, cancellationToken);
        return Route is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid stepId, int delta, CancellationToken cancellationToken)
    {
        var steps = await LoadStepsAsync(cancellationToken);
        if (steps is null || !StepOrder.Move(steps, stepId, delta))
        {
            return NotFound();
        }

        await StepOrder.RenumberAsync(db, steps, cancellationToken);
        await TouchAsync(cancellationToken);
        TempData["Status"] = text["StepMoved"].Value;
        return RedirectToPage(null, null, new { studyId = StudyId, interviewId = InterviewId }, $"step-{stepId}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid stepId, CancellationToken cancellationToken)
    {
        var steps = await LoadStepsAsync(cancellationToken);
        var step = steps?.Find(s => s.Id == stepId);
        if (steps is null || step is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Steps.Remove(step);
        await db.SaveChangesAsync(cancellationToken);
        steps.Remove(step);
        await StepOrder.RenumberAsync(db, steps, cancellationToken);
        await TouchAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Status"] = text["StepDeleted"].Value;
        return RedirectToPage(null, null, new { studyId = StudyId, interviewId = InterviewId }, "route");
    }

    private async Task<List<Step>?> LoadStepsAsync(CancellationToken cancellationToken)
    {
        if (!await db.Interviews.AnyAsync(i => i.Id == InterviewId && i.StudyId == StudyId, cancellationToken))
        {
            return null;
        }

        return await db.Steps.Where(s => s.InterviewId == InterviewId).OrderBy(s => s.Order).ToListAsync(cancellationToken);
    }

    private Task TouchAsync(CancellationToken cancellationToken) =>
        db.Interviews.Where(i => i.Id == InterviewId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.UpdatedAt, timeProvider.GetUtcNow()), cancellationToken);
}
