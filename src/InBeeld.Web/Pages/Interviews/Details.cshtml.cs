using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace InBeeld.Web.Pages.Interviews;

/// <summary>An interview and its route as an accessible timeline.</summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class DetailsModel(InBeeldDbContext db) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid InterviewId { get; set; }

    public InterviewRoute? Route { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Route = await InterviewRoute.LoadAsync(db, StudyId, InterviewId, cancellationToken);
        return Route is null ? NotFound() : Page();
    }
}
