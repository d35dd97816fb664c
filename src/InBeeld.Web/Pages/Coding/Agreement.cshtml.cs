using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Coding;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Coding;

/// <summary>
/// Agreement between coders: per code and overall (percent, Cohen's κ for two coders,
/// Krippendorff's α for any number), and the table of quotes and steps where they differ. The
/// differences show interview material, so the rule is ViewInterviews (coordinators, researchers).
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class AgreementModel(InBeeldDbContext db, CodingAgreementQuery query) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public StudyAgreement? Agreement { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return NotFound();
        }

        StudyTitle = title;
        Agreement = await query.GetAsync(StudyId, cancellationToken);
        return Page();
    }

    public string CodeName(Guid id) => Agreement!.Codes.FirstOrDefault(c => c.Id == id)?.Name ?? "?";

    public string CoderName(string id) => Agreement!.CoderNames.GetValueOrDefault(id) ?? id;
}
