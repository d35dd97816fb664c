using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>
/// A new improvement action, optionally tied to what motivated it: the links on a desired journey,
/// a step or a gap fill <c>stap</c>, <c>gewenst</c>, <c>citaat</c>, <c>van</c>/<c>naar</c> or <c>patroon</c> in the address.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class NewModel(InBeeldDbContext db, ActionStore store, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "stap")]
    public Guid? StepId { get; set; }

    [BindProperty(SupportsGet = true, Name = "gewenst")]
    public Guid? DesiredStepId { get; set; }

    [BindProperty(SupportsGet = true, Name = "reis")]
    public Guid? DesiredJourneyId { get; set; }

    [BindProperty(SupportsGet = true, Name = "citaat")]
    public Guid? QuoteId { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public Guid? FromOrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "naar")]
    public Guid? ToOrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "patroon")]
    public string? Pattern { get; set; }

    [BindProperty]
    public ActionFormInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    /// <summary>The motivations as words, shown above the form.</summary>
    public IReadOnlyList<string> MotivationTexts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // A handover's receiving organisation is the natural first owner of a warmer handover.
        Input = new ActionFormInput { Status = ActionStatus.Proposed, OwnerOrganizationId = ToOrganizationId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var action = await store.CreateAsync(StudyId, Input.ToCore(), Motivations(), DesiredJourneyId, User.AccountId(), cancellationToken);
            RequestAudit.NameObject(HttpContext, "ImprovementAction", action.Id);
            TempData["Status"] = text["ActionCreated", action.Title].Value;
            return RedirectToPage("/Improvement/Actions/Details", new { studyId = StudyId, actionId = action.Id });
        }
        catch (InputRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                ModelState.AddModelError(error.Location == "Motivation" ? string.Empty : "Input." + error.Location, error.Message);
            }

            return Page();
        }
    }

    private List<ActionMotivation> Motivations()
    {
        var list = new List<ActionMotivation>();
        if (StepId is { } step)
        {
            list.Add(new ActionMotivation { Kind = MotivationKind.Step, StepId = step });
        }

        if (DesiredStepId is { } desired)
        {
            list.Add(new ActionMotivation { Kind = MotivationKind.DesiredStep, DesiredStepId = desired });
        }

        if (QuoteId is { } quote)
        {
            list.Add(new ActionMotivation { Kind = MotivationKind.Quote, QuoteId = quote });
        }

        if (FromOrganizationId is { } from && ToOrganizationId is { } to)
        {
            list.Add(new ActionMotivation { Kind = MotivationKind.Gap, FromOrganizationId = from, ToOrganizationId = to });
        }

        if (!string.IsNullOrWhiteSpace(Pattern))
        {
            list.Add(new ActionMotivation { Kind = MotivationKind.Pattern, Pattern = Pattern.Trim() });
        }

        return list;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return false;
        }

        var preview = new ImprovementAction { Title = string.Empty, Motivations = Motivations() };
        var labels = await MotivationLabels.LoadAsync(db, StudyId, [preview], cancellationToken);
        MotivationTexts = labels.Describe(preview);
        return true;
    }
}
