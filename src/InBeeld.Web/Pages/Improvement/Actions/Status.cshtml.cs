using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>
/// A chain partner brings the status of an action of their own organisation up to date, with a
/// note for the history. Another organisation's action is refused (403) and nothing changes.
/// </summary>
[StudyAccess(StudyPermission.UpdateOwnActions)]
public sealed class StatusModel(InBeeldDbContext db, CurrentMembership membership, TimeProvider time, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ActionId { get; set; }

    [BindProperty]
    public StatusFormInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    public OwnActionStatus.View? Action { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refused = await LoadAsync(cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        Input = new StatusFormInput { Status = Action!.Status };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        RequestAudit.NameObject(HttpContext, "ImprovementAction", ActionId);
        var refused = await LoadAsync(cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        if (!Enum.IsDefined(Input.Status))
        {
            ModelState.AddModelError("Input.Status", text["OwnStatus_UnknownStatus"]);
        }

        if (Input.Note is { Length: > ActionRules.MaxPatternLength })
        {
            ModelState.AddModelError("Input.Note", text["OwnStatus_NoteTooLong", ActionRules.MaxPatternLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var organization = (await membership.GetAsync(cancellationToken))?.OrganizationId;
        var outcome = await new OwnActionStatus(db, time).ChangeAsync(StudyId, ActionId, organization, Input.Status, Input.Note, User.AccountId()!.Value, cancellationToken);
        switch (outcome)
        {
            case OwnActionStatus.Outcome.NotFound:
                return NotFound();
            case OwnActionStatus.Outcome.NotOwnOrganization:
                return Forbid();
            case OwnActionStatus.Outcome.Unchanged:
                ModelState.AddModelError("Input.Status", text["OwnStatus_Unchanged", Core.Localization.ImprovementText.Status(Action!.Status)]);
                return Page();
            default:
                TempData["Status"] = text["OwnStatus_Saved"].Value;
                return RedirectToPage("/Improvement/Actions/Details", new { studyId = StudyId, actionId = ActionId });
        }
    }

    /// <summary>The study and the action, or the refusal: 404 when either is unknown, 403 when the action is another organisation's.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return NotFound();
        }

        var organization = (await membership.GetAsync(cancellationToken))?.OrganizationId;
        var (outcome, action) = await new OwnActionStatus(db, time).FindAsync(StudyId, ActionId, organization, cancellationToken);
        Action = action;
        return outcome switch
        {
            OwnActionStatus.Outcome.NotFound => NotFound(),
            OwnActionStatus.Outcome.NotOwnOrganization => Forbid(),
            _ => null,
        };
    }
}
