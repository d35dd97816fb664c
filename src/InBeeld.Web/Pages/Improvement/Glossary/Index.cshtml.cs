using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Access;
using InBeeld.Core.Glossary;
using InBeeld.Core.Validation;
using InBeeld.Data;
using InBeeld.Data.Glossary;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Improvement.Glossary;

/// <summary>
/// Woordenlijst: each organisation's own words mapped to the shared terms the work group agreed on.
/// Everyone in the study reads it; coordinators add and remove lines.
/// </summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class IndexModel(InBeeldDbContext db, GlossaryStore glossary, CurrentMembership membership, IStringLocalizer<Resources.ImprovementPageText> text) : PageModel
{
    public sealed record EntryInput
    {
        [Display(Name = "Field_Concept")]
        public string? Concept { get; init; }

        [Display(Name = "Field_Organization")]
        public Guid? OrganizationId { get; init; }

        [Display(Name = "Field_Term")]
        public string? Term { get; init; }

        [Display(Name = "Field_Explanation")]
        public string? Explanation { get; init; }
    }

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public StudyContext? Study { get; private set; }

    /// <summary>Lines grouped by shared concept, in alphabetical order.</summary>
    public IReadOnlyList<IGrouping<string, GlossaryEntry>> Concepts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (!await membership.AllowsAsync(StudyPermission.ManageStudy, cancellationToken))
        {
            return Forbid();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var entry = await glossary.AddAsync(StudyId, Input.Concept, Input.OrganizationId, Input.Term, Input.Explanation, cancellationToken);
            RequestAudit.NameObject(HttpContext, "GlossaryEntry", entry.Id);
            TempData["Status"] = text["GlossaryAdded", entry.Term, entry.Concept].Value;
            return RedirectToPage(new { studyId = StudyId });
        }
        catch (InputRejectedException rejected)
        {
            ModelState.AddErrors(rejected);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid entryId, CancellationToken cancellationToken)
    {
        if (!await membership.AllowsAsync(StudyPermission.ManageStudy, cancellationToken))
        {
            return Forbid();
        }

        RequestAudit.NameObject(HttpContext, "GlossaryEntry", entryId);
        if (!await glossary.DeleteAsync(StudyId, entryId, cancellationToken))
        {
            return NotFound();
        }

        TempData["Status"] = text["GlossaryDeleted"].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        if (Study is null)
        {
            return false;
        }

        Concepts = (await glossary.ListAsync(StudyId, cancellationToken))
            .GroupBy(e => e.Concept, StringComparer.CurrentCultureIgnoreCase)
            .OrderBy(g => g.Key, StringComparer.CurrentCulture)
            .ToList();
        return true;
    }
}
