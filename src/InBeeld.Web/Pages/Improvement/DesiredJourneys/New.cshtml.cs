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

        /// <summary>"interview:{id}" or "composite:{group id}": one list offers both kinds of start.</summary>
        [Display(Name = "Field_Source")]
        public string? Source { get; init; }
    }

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public NewInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "interview")] Guid? interview, [FromQuery(Name = "groep")] Guid? group, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new NewInput { Source = group is { } g ? $"composite:{g}" : interview is { } i ? $"interview:{i}" : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var parts = Input.Source?.Split(':', 2);
        if (parts is not [var kind, var idText] || !Guid.TryParse(idText, out var source) || kind is not ("interview" or "composite"))
        {
            ModelState.AddModelError("Input.Source", text["ChooseSource"]);
            return Page();
        }

        try
        {
            var journey = kind == "composite"
                ? await store.CreateFromCompositeAsync(StudyId, source, Input.Title, User.AccountId(), cancellationToken)
                : await store.CreateFromInterviewAsync(StudyId, source, Input.Title, User.AccountId(), cancellationToken);
            RequestAudit.NameObject(HttpContext, "DesiredJourney", journey.Id);
            TempData["Status"] = text["DesiredCreated"].Value;
            return RedirectToPage("/Improvement/DesiredJourneys/Details", new { studyId = StudyId, journeyId = journey.Id });
        }
        catch (InputRejectedException rejected)
        {
            foreach (var error in rejected.Errors)
            {
                ModelState.AddModelError(error.Location == "SourceId" ? "Input.Source" : "Input." + error.Location, error.Message);
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

        var counts = ConsentRule.Counts(db);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.StudyId == StudyId).Where(counts)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => new { i.Id, p.Code, i.Date, Steps = i.Steps.Count })
            .ToListAsync(cancellationToken);
        var composites = await db.CompositeJourneys.AsNoTracking().Where(c => c.StudyId == StudyId)
            .Join(db.JourneyGroups, c => c.GroupId, g => g.Id, (c, g) => new { g.Id, g.Name, Steps = c.Steps.Count, c.MemberCount })
            .ToListAsync(cancellationToken);
        var compositeGroup = new SelectListGroup { Name = text["SourceGroupComposites"] };
        var interviewGroup = new SelectListGroup { Name = text["SourceGroupInterviews"] };
        Sources =
        [
            .. composites.OrderBy(c => c.Name, StringComparer.CurrentCulture)
                .Select(c => new SelectListItem(text["CompositeChoice", c.Name, c.Steps, c.MemberCount].Value, $"composite:{c.Id}") { Group = compositeGroup }),
            .. interviews.OrderBy(i => i.Code, StringComparer.CurrentCulture).ThenBy(i => i.Date)
                .Select(i => new SelectListItem(text["InterviewChoice", i.Code, i.Steps].Value, $"interview:{i.Id}") { Group = interviewGroup }),
        ];
        return true;
    }
}
