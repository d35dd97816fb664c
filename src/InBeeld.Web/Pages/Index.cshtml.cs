using InBeeld.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages;

/// <summary>Home: every study with its counts, and the way to start a new one.</summary>
public sealed class IndexModel(InBeeldDbContext db) : PageModel
{
    public sealed record StudyRow(Guid Id, string Title, string? TargetGroup, bool IsFictitious, int Participants, int Interviews, int Steps);

    public IReadOnlyList<StudyRow> Studies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Studies.AsNoTracking()
            .Select(s => new StudyRow(
                s.Id,
                s.Title,
                s.TargetGroup,
                s.IsFictitious,
                db.Participants.Count(p => p.StudyId == s.Id),
                db.Interviews.Count(i => i.StudyId == s.Id),
                db.Steps.Count(st => db.Interviews.Any(i => i.Id == st.InterviewId && i.StudyId == s.Id))))
            .ToListAsync(cancellationToken);
        // Sorted here: the title order should follow the reader's language, not the database collation.
        Studies = rows.OrderBy(s => s.IsFictitious).ThenBy(s => s.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}
