using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement.Reviews;

/// <summary>The work group's review meetings, newest first, each with its decisions per action.</summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, ReviewMeetingStore meetings) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<ReviewMeeting> Meetings { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> ActionTitles { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return NotFound();
        }

        Meetings = await meetings.ListAsync(StudyId, cancellationToken);
        ActionTitles = await db.ImprovementActions.AsNoTracking().Where(a => a.StudyId == StudyId).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        return Page();
    }
}
