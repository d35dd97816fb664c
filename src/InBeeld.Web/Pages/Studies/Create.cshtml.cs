using InBeeld.Core.Access;
using InBeeld.Web.Security;
using System.ComponentModel.DataAnnotations;
using InBeeld.Core.Studies;
using InBeeld.Data;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Studies;

/// <summary>Nieuw onderzoek: the set-up fields; optionally starts with the default vocabulary.</summary>
[SignedIn]
public sealed class CreateModel(InBeeldDbContext db, TimeProvider timeProvider, IStringLocalizer<StudyText> text) : PageModel
{
    [BindProperty]
    public StudyInput Input { get; set; } = new();

    [BindProperty]
    [Display(Name = "Field_UseDefaultVocabulary")]
    public bool UseDefaultVocabulary { get; set; } = true;

    public IReadOnlyList<SelectListItem> MunicipalityOptions { get; private set; } = [];

    public void OnGet() => LoadOptions();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var period = StudyValidation.Check(Input, ModelState, text);
        if (!ModelState.IsValid)
        {
            LoadOptions();
            return Page();
        }

        var study = new Study
        {
            Title = Input.Title!.Trim(),
            TargetGroup = StudyValidation.Clean(Input.TargetGroup),
            CentralQuestion = StudyValidation.Clean(Input.CentralQuestion),
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            RetentionMonths = Input.RetentionMonths,
            CreatedAt = timeProvider.GetUtcNow(),
            Municipalities = Input.Municipalities.Distinct(StringComparer.Ordinal)
                .Select(code => new StudyMunicipality { CbsCode = code })
                .ToList(),
        };
        if (UseDefaultVocabulary)
        {
            DefaultVocabularyFiller.Fill(study);
        }

        db.Studies.Add(study);

        // Whoever sets up a study leads it; they add the other members.
        db.StudyMembers.Add(new StudyMember { StudyId = study.Id, UserId = User.AccountId()!.Value, Role = StudyRole.Coordinator, AddedAt = study.CreatedAt });
        await db.SaveChangesAsync(cancellationToken);
        TempData["Status"] = text["StudyCreated"].Value;
        return RedirectToPage("/Studies/Details", new { studyId = study.Id });
    }

    private void LoadOptions() =>
        MunicipalityOptions = MunicipalityChoices.For(DateOnly.FromDateTime(timeProvider.GetLocalNow().DateTime), Input.Municipalities);
}
