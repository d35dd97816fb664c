using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.DesiredJourneys;
using InBeeld.Data.Privacy;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.DesiredJourneys;

/// <summary>Starts a desired journey as a copy of an interview's route (only interviews that count: consent given, not withdrawn).</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class NewModel(InBeeldDbContext db, DesiredJourneyStore store, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    public sealed record NewInput
    {
        [Display(Name = "Field_DesiredTitle")]
        public string? Title { get; init; }

        [Display(Name = "Field_SourceInterview")]
        public Guid? SourceId { get; init; }
    }

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public NewInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<SelectListItem> Interviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "interview")] Guid? interview, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new NewInput { SourceId = interview };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Input.SourceId is not { } source)
        {
            ModelState.AddModelError("Input.SourceId", text["ChooseSource"]);
            return Page();
        }

        try
        {
            var journey = await store.CreateFromInterviewAsync(StudyId, source, Input.Title, User.AccountId(), cancellationToken);
            RequestAudit.NameObject(HttpContext, "DesiredJourney", journey.Id);
            TempData["Status"] = text["DesiredCreated"].Value;
            return RedirectToPage("/Improvement/DesiredJourneys/Details", new { studyId = StudyId, journeyId = journey.Id });
        }
        catch (InputRejectedException rejected)
        {
            ModelState.AddErrors(rejected);
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

        var counts = ConsentRule.Counts(db);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.StudyId == StudyId).Where(counts)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, p.Code, i.Date, Steps = i.Steps.Count })
            .ToListAsync(cancellationToken);
        Interviews = interviews.OrderBy(i => i.Code, StringComparer.CurrentCulture).ThenBy(i => i.Date)
            .Select(i => new SelectListItem(text["InterviewChoice", i.Code, i.Steps].Value, i.Id.ToString()))
            .ToList();
        return true;
    }
}
