using InBeeld.Core.Access;
using InBeeld.Core.Interviews;
using InBeeld.Data;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.OrganizationSteps;

/// <summary>One raw step, if the member may see it; a step of another organisation is "not found", whatever id is guessed.</summary>
[StudyAccess(StudyPermission.ViewOrganizationSteps)]
public sealed class DetailsModel(InBeeldDbContext db, CurrentMembership membership) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid StepId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public Step? Step { get; private set; }

    public string? Phase { get; private set; }

    public string? Organization { get; private set; }

    public IReadOnlyList<string> Quotes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var member = await membership.GetAsync(cancellationToken);
        if (member is null)
        {
            return NotFound();
        }

        var query = new OrganizationStepQuery(db);
        Step = await query.Visible(StudyId, member).SingleOrDefaultAsync(s => s.Id == StepId, cancellationToken);
        if (Step is null)
        {
            return NotFound();
        }

        StudyTitle = await db.Studies.Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        Phase = Step.PhaseId is { } p ? await db.Phases.Where(x => x.Id == p).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        Organization = Step.OrganizationId is { } o ? await db.Organizations.Where(x => x.Id == o).Select(x => x.Name).SingleOrDefaultAsync(cancellationToken) : null;
        Quotes = await query.QuotesOfAsync(Step, cancellationToken);
        return Page();
    }
}
