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

/// <summary>
/// The mapping table: every activity, organisation and resource name in the study's logs onto the
/// study's organisations (and, for activities, phases). One form, one row per name; saved as a whole.
/// </summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class MappingModel(InBeeldDbContext db, LogMappingStore mappings, IStringLocalizer<EventLogPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<LogMappingStore.Row> Rows { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Organizations { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Phases { get; private set; } = [];

    /// <summary>Posted rows: kind and name (hidden), organisation and phase (selects).</summary>
    [BindProperty]
    public List<MappingInput> Input { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var rows = Input
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .Select(i => new LogMappingStore.Row(i.Kind, i.Name!, i.OrganizationId, i.Kind == LogMappingKind.Activity ? i.PhaseId : null))
            .ToList();
        if (!await mappings.SaveAsync(StudyId, rows, cancellationToken))
        {
            ModelState.AddModelError("", text["MappingInvalid"]);
            return Page();
        }

        TempData["Status"] = text["MappingSaved"].Value;
        return RedirectToPage("/EventLogs/Mapping", new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        StudyTitle = title;
        Rows = await mappings.RowsAsync(StudyId, cancellationToken);
        Organizations = [.. (await db.Organizations.Where(o => o.StudyId == StudyId).OrderBy(o => o.Order).ThenBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name))];
        Phases = [.. (await db.Phases.Where(p => p.StudyId == StudyId).OrderBy(p => p.Order).ThenBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken)).Select(p => (p.Id, p.Name))];
        return true;
    }
}

/// <summary>One posted row of the mapping table.</summary>
public sealed record MappingInput
{
    public LogMappingKind Kind { get; init; }
    public string? Name { get; init; }
    public Guid? OrganizationId { get; init; }
    public Guid? PhaseId { get; init; }
}
