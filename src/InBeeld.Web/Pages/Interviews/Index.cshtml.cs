using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>The interviews of a study, newest first, with consent and the length of each route.</summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class IndexModel(InBeeldDbContext db) : PageModel
{
    public sealed record Row(Guid Id, DateOnly Date, string ParticipantCode, InterviewMode Mode, string? Interviewer, bool Consent, int Steps);

    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<Row> Interviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        var rows = await db.Interviews.AsNoTracking().Where(i => i.StudyId == StudyId)
            .Select(i => new Row(
                i.Id, i.Date,
                db.Participants.Where(p => p.Id == i.ParticipantId).Select(p => p.Code).FirstOrDefault() ?? "",
                i.Mode, i.Interviewer, i.Consent.Given, i.Steps.Count))
            .ToListAsync(cancellationToken);
        Interviews = rows.OrderByDescending(r => r.Date).ThenBy(r => r.ParticipantCode, StringComparer.OrdinalIgnoreCase).ToList();
        return Page();
    }
}
