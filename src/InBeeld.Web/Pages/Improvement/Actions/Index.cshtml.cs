using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Plans;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>
/// Verbeteracties: every action of the study with owner, status, due date and what needs attention
/// today. Readable by everyone who sees the study's patterns — chain partners own actions too.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, TimeProvider time) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    /// <summary>"open" (default) or "alle".</summary>
    [FromQuery(Name = "toon")]
    public string? Show { get; set; }

    [FromQuery(Name = "organisatie")]
    public Guid? Organization { get; set; }

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<PlanAction> Actions { get; private set; } = [];

    public bool ShowAll => string.Equals(Show, "alle", StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        var plan = await new PlanQuery(db, time).GetAsync(StudyId, cancellationToken);
        if (Study is null || plan is null)
        {
            return NotFound();
        }

        Actions = plan.ByOrganization.SelectMany(g => g.Actions)
            .Where(a => ShowAll || ActionMonitor.IsOpen(a.Status))
            .Where(a => Organization is null || a.OwnerOrganization == Study.OrganizationName(Organization))
            .ToList();
        return Page();
    }
}
