using InBeeld.Core.Access;
using InBeeld.Web.Security;
using InBeeld.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages;

/// <summary>Home: every study with its counts, and the way to start a new one.</summary>
[SignedIn]
public sealed class IndexModel(InBeeldDbContext db) : PageModel
{
    public sealed record StudyRow(Guid Id, string Title, string? TargetGroup, bool IsFictitious, StudyRole Role, int Participants, int Interviews, int Steps);

    public IReadOnlyList<StudyRow> Studies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Only the studies this person is a member of; an administrator is not a member by default.
        var userId = User.AccountId();
        var rows = await db.StudyMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Studies, m => m.StudyId, s => s.Id, (m, s) => new { m.Role, Study = s })
            .Select(x => new { x.Role, s = x.Study })
            .Select(x => new StudyRow(
                x.s.Id,
                x.s.Title,
                x.s.TargetGroup,
                x.s.IsFictitious,
                x.Role,
                db.Participants.Count(p => p.StudyId == x.s.Id),
                db.Interviews.Count(i => i.StudyId == x.s.Id),
                db.Steps.Count(st => db.Interviews.Any(i => i.Id == st.InterviewId && i.StudyId == x.s.Id))))
            .ToListAsync(cancellationToken);
        // Sorted here: the title order should follow the reader's language, not the database collation.
        Studies = rows.OrderBy(s => s.IsFictitious).ThenBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
