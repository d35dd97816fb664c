using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Core.Participants;
using InBeeld.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Participants;

/// <summary>The participants of a study, with their attribute values and number of interviews.</summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class IndexModel(InBeeldDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string Code, IReadOnlyDictionary<Guid, string> Values, int Interviews, bool ConsentWithdrawn);

    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<AttributeDefinition> Definitions { get; private set; } = [];

    public IReadOnlyList<Row> Participants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        Definitions = await db.AttributeDefinitions.AsNoTracking().Where(a => a.StudyId == StudyId)
            .OrderBy(a => a.Order).ThenBy(a => a.Key).ToListAsync(cancellationToken);
        var rows = await db.Participants.AsNoTracking().Where(p => p.StudyId == StudyId)
            .Select(p => new
            {
                p.Id,
                p.Code,
                Values = p.Attributes.Select(a => new { a.AttributeDefinitionId, a.Value }).ToList(),
                Interviews = db.Interviews.Count(i => i.ParticipantId == p.Id),
                Withdrawn = p.ConsentWithdrawnOn != null,
            })
            .ToListAsync(cancellationToken);
        Participants = rows
            .OrderBy(r => r.Code, StringComparer.OrdinalIgnoreCase)
            .Select(r => new Row(r.Id, r.Code, r.Values.ToDictionary(v => v.AttributeDefinitionId, v => v.Value), r.Interviews, r.Withdrawn))
            .ToList();
        return Page();
    }
}
