using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>The study's event logs: name, format, when and by whom imported, size. Mined figures only, so ViewPatterns.</summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, CurrentMembership membership) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<StoredEventLog> Logs { get; private set; } = [];

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        // Sorted here: SQLite cannot order by a DateTimeOffset column (and a study has few logs).
        Logs = [.. (await db.EventLogs.AsNoTracking().Where(l => l.StudyId == StudyId).ToListAsync(cancellationToken)).OrderByDescending(l => l.ImportedAt)];
        CanManage = await membership.AllowsAsync(StudyPermission.ManageStudy, cancellationToken);
        return Page();
    }
}
