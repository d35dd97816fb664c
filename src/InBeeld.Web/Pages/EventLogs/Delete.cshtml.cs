using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.EventLogs;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>Asks, then deletes a log with all its cases and events (the mapping table stays: it belongs to the study).</summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class DeleteModel(InBeeldDbContext db, EventLogStore store, StoredLogCache cache, IStringLocalizer<EventLogPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid LogId { get; set; }

    public StoredEventLog? Log { get; private set; }

    public string StudyTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !await store.DeleteAsync(StudyId, LogId, cancellationToken))
        {
            return NotFound();
        }

        cache.Forget(LogId);
        TempData["Status"] = text["Deleted", Log!.Name].Value;
        return RedirectToPage("/EventLogs/Index", new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Log = await db.EventLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == LogId && l.StudyId == StudyId, cancellationToken);
        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken) ?? "";
        return Log is not null;
    }
}
