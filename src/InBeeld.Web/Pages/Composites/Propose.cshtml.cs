using InBeeld.Core.Access;
using InBeeld.Core.Composites.Clustering;
using InBeeld.Data;
using InBeeld.Data.Composites;
using InBeeld.Web.Resources;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Groepen voorstellen: InBeeld groups the consented interviews by how alike their routes are, with
/// the number of groups chosen by the silhouette or given by the researcher, and optionally chosen
/// participant attributes. A new proposal replaces the grouping, its changes and its composites, so
/// the form asks for confirmation when there is one.
/// </summary>
[StudyAccess(StudyPermission.EditInterviews)]
public sealed class ProposeModel(InBeeldDbContext db, GroupingService grouping, IStringLocalizer<CompositeText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    /// <summary>The number of groups; empty lets InBeeld choose.</summary>
    [BindProperty]
    public string? K { get; set; }

    [BindProperty]
    public List<string> Attributes { get; set; } = [];

    [BindProperty]
    public bool ConfirmReplace { get; set; }

    public string StudyTitle { get; private set; } = "";

    public bool HasGrouping { get; private set; }

    public IReadOnlyList<(string Key, string Label)> AttributeChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        int? k = null;
        if (!string.IsNullOrWhiteSpace(K))
        {
            if (!int.TryParse(K.Trim(), out var value) || value < 1 || value > GroupingOptions.MaxRequestedK)
            {
                ModelState.AddModelError(nameof(K), text["KInvalid", GroupingOptions.MaxRequestedK]);
            }
            else
            {
                k = value;
            }
        }

        if (HasGrouping && !ConfirmReplace)
        {
            ModelState.AddModelError(nameof(ConfirmReplace), text["ConfirmReplaceRequired"]);
        }

        var known = Attributes.Where(a => AttributeChoices.Any(c => c.Key == a)).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await grouping.ComputeAsync(StudyId, k, known, cancellationToken);
        if (result.Groups.Count == 0)
        {
            ModelState.AddModelError(string.Empty, text["NothingToGroup"]);
            return Page();
        }

        var id = await grouping.SaveAsync(StudyId, result, known, User.ActorName(), cancellationToken);
        RequestAudit.NameObject(HttpContext, "JourneyGrouping", id);
        TempData["Status"] = text["Proposed", result.K].Value;
        return RedirectToPage("/Composites/Index", new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var title = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null)
        {
            return false;
        }

        StudyTitle = title;
        HasGrouping = await db.JourneyGroupings.AnyAsync(g => g.StudyId == StudyId, cancellationToken);
        AttributeChoices = await grouping.AttributeChoicesAsync(StudyId, cancellationToken);
        return true;
    }
}
