using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Samengestelde klantreizen: the study's journey types, why InBeeld proposed that many (silhouette per
/// number of groups), each group's size and composite, and the personas. Groups and personas are
/// aggregates of fictitious people, so chain partners may see this page; who is in a group is not shown here.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public GroupList Groups { get; private set; } = new(null, [], [], 0);

    public IReadOnlyList<(Guid Id, string Name, Guid? GroupId)> Personas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        Groups = await GroupList.LoadAsync(db, StudyId, cancellationToken);
        Personas = (await db.Personas.AsNoTracking().Where(p => p.StudyId == StudyId).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, p.GroupId }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Name, p.GroupId)).ToList();
        return Page();
    }
}
