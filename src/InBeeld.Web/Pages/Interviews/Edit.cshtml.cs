using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Data.Coding;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>
/// Changes an interview's details, consent and transcript (the route has its own editor). Fragment
/// codings follow an edited transcript or are removed with the words they pointed at (see
/// <see cref="FragmentCodingRealigner"/>), in the same transaction, and the page says how many went.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class EditModel(
    InBeeldDbContext db, IStringLocalizer<InterviewText> text, FragmentCodingRealigner fragments, IStringLocalizer<AnalysisPageText> codingText)
    : PageModel, IInterviewFormModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    [BindProperty]
    public InterviewInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ParticipantOptions { get; private set; } = [];

    public IReadOnlyList<InBeeld.Core.Privacy.PersonalDataFinding> PersonalDataFindings { get; private set; } = [];

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var interview = await LoadAsync(cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        Input = InterviewForm.ToInput(interview);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var interview = await LoadAsync(cancellationToken);
        if (interview is null)
        {
            return NotFound();
        }

        var before = interview.Transcript;
        var form = new InterviewForm(db, text);
        if (!await form.TryApplyAsync(StudyId, Input, interview, ModelState, cancellationToken))
        {
            PersonalDataFindings = form.Findings;
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var realigned = await fragments.RealignAsync(InterviewId, before, interview.Transcript, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Status"] = realigned.Removed switch
        {
            0 => text["InterviewSaved"].Value,
            1 => text["InterviewSaved"].Value + " " + codingText["FragmentCodingRemoved"].Value,
            var n => text["InterviewSaved"].Value + " " + codingText["FragmentCodingsRemoved", n].Value,
        };
        return RedirectToPage("/Interviews/Details", new { studyId = StudyId, interviewId = InterviewId });
    }

    private async Task<Interview?> LoadAsync(CancellationToken cancellationToken)
    {
        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken) ?? "";
        ParticipantOptions = await new InterviewForm(db, text).ParticipantOptionsAsync(StudyId, cancellationToken);
        return await db.Interviews.SingleOrDefaultAsync(i => i.Id == InterviewId && i.StudyId == StudyId, cancellationToken);
    }
}
