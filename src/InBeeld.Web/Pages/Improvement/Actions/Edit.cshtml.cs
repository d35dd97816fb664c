using InBeeld.Core.Access;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>Changes an action; a new status is added to the history with the note given here.</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class EditModel(InBeeldDbContext db, ActionStore store, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ActionId { get; set; }

    [BindProperty]
    public ActionFormInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    public string ActionTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        var action = Study is null ? null : await store.GetAsync(StudyId, ActionId, cancellationToken);
        if (action is null)
        {
            return NotFound();
        }

        ActionTitle = action.Title;
        Input = ActionFormInput.From(action);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return NotFound();
        }

        RequestAudit.NameObject(HttpContext, "ImprovementAction", ActionId);
        try
        {
            var action = await store.UpdateAsync(StudyId, ActionId, Input.ToCore(), Input.StatusNote, User.AccountId(), cancellationToken);
            if (action is null)
            {
                return NotFound();
            }

            TempData["Status"] = text["ActionSaved"].Value;
            return RedirectToPage("/Improvement/Actions/Details", new { studyId = StudyId, actionId = ActionId });
        }
        catch (InputRejectedException rejected)
        {
            ModelState.AddErrors(rejected);
            ActionTitle = Input.Title ?? string.Empty;
            return Page();
        }
    }
}
