using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Reviews;

/// <summary>
/// Records a review meeting: date, who was there, and for each open action whether it was discussed,
/// the decision, a new status and the next review date. Only the discussed actions count as reviewed.
/// </summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class NewModel(InBeeldDbContext db, ActionStore actions, ReviewMeetingStore meetings, TimeProvider time, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    public sealed record DecisionField
    {
        public Guid ActionId { get; init; }
        public bool Discussed { get; init; }
        public string? Decision { get; init; }
        public ActionStatus? NewStatus { get; init; }
        public DateOnly? NextReviewDate { get; init; }
    }

    public sealed record MeetingInput
    {
        [Display(Name = "Field_HeldOn")]
        public DateOnly? HeldOn { get; init; }

        [Display(Name = "Field_Attendees")]
        public string? Attendees { get; init; }

        [Display(Name = "Field_Notes")]
        public string? Notes { get; init; }

        public List<DecisionField> Decisions { get; init; } = [];
    }

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<ImprovementAction> OpenActions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new MeetingInput
        {
            HeldOn = ActionMonitor.Today(time),
            Decisions = OpenActions.Select(a => new DecisionField { ActionId = a.Id }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var discussed = Input.Decisions.Where(d => d.Discussed).ToList();
        try
        {
            var meeting = await meetings.RecordAsync(StudyId, Input.HeldOn, Input.Attendees, Input.Notes,
                discussed.Select(d => new DecisionInput(d.ActionId, d.Decision, d.NewStatus, d.NextReviewDate)).ToList(),
                User.AccountId(), cancellationToken);
            RequestAudit.NameObject(HttpContext, "ReviewMeeting", meeting.Id);
            TempData["Status"] = text["MeetingRecorded", discussed.Count].Value;
            return RedirectToPage("/Improvement/Reviews/Index", new { studyId = StudyId });
        }
        catch (InputRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                // Decision errors come as "Decisions[<action id>]": put them beside that action's decision field.
                var key = error.Location.StartsWith("Decisions[", StringComparison.Ordinal) && Guid.TryParse(error.Location[10..^1], out var id)
                    ? $"Input.Decisions[{Input.Decisions.FindIndex(d => d.ActionId == id)}].Decision"
                    : "Input." + error.Location;
                ModelState.AddModelError(key, error.Message);
            }

            return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return false;
        }

        OpenActions = (await actions.ListAsync(StudyId, cancellationToken)).Where(a => ActionMonitor.IsOpen(a.Status)).ToList();
        return true;
    }
}
