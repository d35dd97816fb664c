using InBeeld.Web.Security;
using InBeeld.Core.Access;
using System.Globalization;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Studies;

/// <summary>Changes a study's set-up fields and municipalities.</summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class EditModel(InBeeldDbContext db, TimeProvider timeProvider, IStringLocalizer<StudyText> text) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    public StudyInput Input { get; set; } = new();

    public string StudyTitle { get; private set; } = "";

    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var study = await Load(cancellationToken);
        if (study is null)
        {
            return NotFound();
        }

        Input = new StudyInput
        {
            Title = study.Title,
            TargetGroup = study.TargetGroup,
            CentralQuestion = study.CentralQuestion,
            PeriodStart = study.PeriodStart?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            PeriodEnd = study.PeriodEnd?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Municipalities = study.Municipalities.Select(m => m.CbsCode).ToList(),
            RetentionMonths = study.RetentionMonths,
        };
        LoadOptions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var study = await Load(cancellationToken);
        if (study is null)
        {
            return NotFound();
        }

        var period = StudyValidation.Check(Input, ModelState, text);
        if (!ModelState.IsValid)
        {
            LoadOptions();
            return Page();
        }

        study.Title = Input.Title!.Trim();
        study.TargetGroup = StudyValidation.Clean(Input.TargetGroup);
        study.CentralQuestion = StudyValidation.Clean(Input.CentralQuestion);
        study.PeriodStart = period.Start;
        study.PeriodEnd = period.End;
        study.RetentionMonths = Input.RetentionMonths;
        var wanted = Input.Municipalities.ToHashSet(StringComparer.Ordinal);
        study.Municipalities.RemoveAll(m => !wanted.Contains(m.CbsCode));
        foreach (var code in wanted.Where(code => study.Municipalities.All(m => m.CbsCode != code)))
        {
            study.Municipalities.Add(new StudyMunicipality { StudyId = study.Id, CbsCode = code });
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["StudySaved"].Value;
        return RedirectToPage("/Studies/Details", new { studyId = study.Id });
    }

    private async Task<Study?> Load(CancellationToken cancellationToken)
    {
        var study = await db.Studies.Include(s => s.Municipalities).SingleOrDefaultAsync(s => s.Id == StudyId, cancellationToken);
        StudyTitle = study?.Title ?? "";
        return study;
    }

    private void LoadOptions() =>
        MunicipalityOptions = MunicipalityChoices.For(DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime), Input.Municipalities);
}
