using InBeeld.Core.Access;
using InBeeld.Core.Composites.MemberCheck;
using InBeeld.Data;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Records what the participant answered to their member check: bevestigd, or gecorrigeerd with what
/// must change in their words, and when the text was printed. The correction itself does not change
/// the route: the researcher edits the interview, which (through its fingerprint) flags any composite
/// built on it.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class MemberCheckAnswerModel(InBeeldDbContext db, TimeProvider time, IStringLocalizer<CompositeText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    [BindProperty]
    public MemberCheckAnswer? Answer { get; set; }

    [BindProperty]
    public string? Correction { get; set; }

    [BindProperty]
    public DateOnly? PrintedOn { get; set; }

    public string Code { get; private set; } = "";

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        PrintedOn = DateOnly.FromDateTime(time.GetLocalNow().Date);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Answer is null || !Enum.IsDefined(Answer.Value))
        {
            ModelState.AddModelError(nameof(Answer), text["AnswerRequired"]);
        }

        var correction = Correction?.Trim();
        if (Answer == MemberCheckAnswer.Corrected && string.IsNullOrEmpty(correction))
        {
            ModelState.AddModelError(nameof(Correction), text["CorrectionRequired"]);
        }

        if (correction?.Length > MemberCheckRecord.MaxCorrectionLength)
        {
            ModelState.AddModelError(nameof(Correction), text["TooLong", MemberCheckRecord.MaxCorrectionLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow();
        var record = new MemberCheckRecord
        {
            StudyId = StudyId,
            InterviewId = InterviewId,
            PrintedAt = PrintedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            PrintedBy = PrintedOn is null ? null : User.ActorName(),
            Answer = Answer,
            Correction = Answer == MemberCheckAnswer.Corrected ? correction : null,
            RecordedAt = now,
            RecordedBy = User.ActorName(),
        };
        db.MemberChecks.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["AnswerSaved"].Value;
        return RedirectToPage("/Composites/MemberCheck", new { studyId = StudyId, interviewId = InterviewId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var found = await db.Interviews.AsNoTracking().Where(i => i.Id == InterviewId && i.StudyId == StudyId)
            .Join(db.Participants, i => i.ParticipantId, p => p.Id, (i, p) => p.Code).SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        Code = found;
        StudyTitle = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        return true;
    }
}
