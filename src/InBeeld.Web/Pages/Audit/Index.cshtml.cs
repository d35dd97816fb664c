using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Auditing;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Audit;

/// <summary>Auditlog of one study, for its coordinators: who read or changed what, and what was refused.</summary>
[StudyAccess(StudyPermission.ViewAuditLog)]
public sealed class IndexModel(InBeeldDbContext db, AuditQuery query) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditFilterInput Filter { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public AuditView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        var zone = AuditZone.Local;
        View = new AuditView(await query.RunAsync(Filter.ToFilter(StudyId, zone), cancellationToken), Filter, zone, ShowStudy: false);
        return Page();
    }
}
