using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.OrganizationSteps;

/// <summary>
/// Stappen van mijn organisatie: the raw steps a chain partner may see — only those at their own
/// organisation, without participant codes or transcripts.
/// </summary>
[StudyAccess(StudyPermission.ViewOrganizationSteps)]
public sealed class IndexModel(InBeeldDbContext db, CurrentMembership membership) : PageModel
{
    public sealed record Row(Guid Id, DateOnly? Date, string? Phase, string? Organization, string Description, int? Experience, string Handover, int? WaitingDays);

    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<Row> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var member = await membership.GetAsync(cancellationToken);
        var title = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (member is null || title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        var organizations = await db.Organizations.Where(o => o.StudyId == StudyId).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var phases = await db.Phases.Where(p => p.StudyId == StudyId).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        OrganizationName = member.OrganizationId is { } own ? organizations.GetValueOrDefault(own) : null;
        var steps = await new OrganizationStepQuery(db).Visible(StudyId, member)
            .Select(s => new { s.Id, s.Date, s.PhaseId, s.OrganizationId, s.Description, s.Experience, s.Handover, s.WaitingDays, s.InterviewId, s.Order })
            .ToListAsync(cancellationToken);
        Steps = steps
            .OrderBy(s => s.Date ?? DateOnly.MaxValue).ThenBy(s => s.InterviewId).ThenBy(s => s.Order)
            .Select(s => new Row(s.Id, s.Date, s.PhaseId is { } p ? phases.GetValueOrDefault(p) : null, s.OrganizationId is { } o ? organizations.GetValueOrDefault(o) : null,
                s.Description, s.Experience, s.Handover.ToString(), s.WaitingDays))
            .ToList();
        return Page();
    }
}
