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

/// <summary>Records a new interview; afterwards the researcher goes on to its route.</summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class CreateModel(InBeeldDbContext db, IStringLocalizer<InterviewText> text)
    : PageModel, IInterviewFormModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public InterviewInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> ParticipantOptions { get; private set; } = [];

    public IReadOnlyList<InBeeld.Core.Privacy.PersonalDataFinding> PersonalDataFindings { get; private set; } = [];

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid? participantId, CancellationToken cancellationToken)
    {
        Input = new InterviewInput { ParticipantId = participantId };
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // CreatedAt and UpdatedAt are stamped on save by InterviewTouchInterceptor.
        var interview = new Interview();
        var form = new InterviewForm(db, text);
        if (!await form.TryApplyAsync(StudyId, Input, interview, ModelState, cancellationToken))
        {
            PersonalDataFindings = form.Findings;
            return Page();
        }

        db.Interviews.Add(interview);
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Interview", interview.Id);
        TempData["Status"] = text["InterviewCreated"].Value;
        return RedirectToPage("/Interviews/Route", new { studyId = StudyId, interviewId = interview.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        StudyTitle = title ?? "";
        ParticipantOptions = await new InterviewForm(db, text).ParticipantOptionsAsync(StudyId, cancellationToken);
        return title is not null;
    }
}
