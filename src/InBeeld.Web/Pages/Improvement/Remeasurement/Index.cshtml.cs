using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;
using InBeeld.Core.Remeasurement;
using InBeeld.Data;
using InBeeld.Data.Access;
using InBeeld.Data.Remeasurement;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Remeasurement;

/// <summary>
/// Hermeting: this round beside the earlier round it re-measures — hartslag per phase and the gaps
/// between organisations, each with the n of both rounds, and a change only where both are big enough.
/// Seeing the comparison needs the patterns of both studies; linking them is the coordinator's.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, RemeasurementQuery query, StudyAccess access, CurrentMembership membership, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    [Display(Name = "Field_PreviousStudy")]
    public Guid? PreviousStudyId { get; set; }

    public StudyContext? Study { get; private set; }

    public RoundComparison? Comparison { get; private set; }

    /// <summary>Linked to an earlier study this person may not see: the comparison is not shown.</summary>
    public bool EarlierNotVisible { get; private set; }

    public IReadOnlyList<SelectListItem> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await membership.AllowsAsync(StudyPermission.ManageStudy, cancellationToken))
        {
            return Forbid();
        }

        var study = await db.Studies.SingleOrDefaultAsync(s => s.Id == StudyId, cancellationToken);
        if (study is null)
        {
            return NotFound();
        }

        var user = User.AccountId()!.Value;
        if (PreviousStudyId is { } previous && (previous == StudyId || !await access.AllowsAsync(user, previous, StudyPermission.ViewPatterns, cancellationToken)))
        {
            ModelState.AddModelError(nameof(PreviousStudyId), text["PreviousNotAllowed"]);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        study.PreviousStudyId = PreviousStudyId;
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Study", StudyId);
        TempData["Status"] = text[PreviousStudyId is null ? "PreviousCleared" : "PreviousLinked"].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return false;
        }

        var user = User.AccountId()!.Value;
        var mine = (await access.MembershipsOfAsync(user, cancellationToken)).Where(m => m.StudyId != StudyId && m.Allows(StudyPermission.ViewPatterns)).Select(m => m.StudyId).ToList();
        Candidates = await db.Studies.AsNoTracking().Where(s => mine.Contains(s.Id)).OrderBy(s => s.Title)
            .Select(s => new SelectListItem(s.Title, s.Id.ToString())).ToListAsync(cancellationToken);
        PreviousStudyId ??= Study.PreviousStudyId;
        if (Study.PreviousStudyId is { } earlier)
        {
            if (await access.AllowsAsync(user, earlier, StudyPermission.ViewPatterns, cancellationToken))
            {
                Comparison = await query.CompareAsync(StudyId, cancellationToken);
            }
            else
            {
                EarlierNotVisible = true;
            }
        }

        return true;
    }
}
