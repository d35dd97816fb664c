using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Data.Studies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Studies;

/// <summary>The study's figures: interviews and consent, steps per organisation and phase, experience per phase, handovers.</summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class OverviewModel(StudyOverviewQuery query) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public StudyOverview? Overview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await query.GetAsync(StudyId, cancellationToken);
        return Overview is null ? NotFound() : Page();
    }

    /// <summary>Steps in one cell of the organisation × phase table.</summary>
    public int Cell(Guid? organizationId, Guid? phaseId) =>
        Overview!.StepsPerOrganizationAndPhase
            .Where(c => c.OrganizationId == organizationId && c.PhaseId == phaseId)
            .Sum(c => c.Steps);
}
