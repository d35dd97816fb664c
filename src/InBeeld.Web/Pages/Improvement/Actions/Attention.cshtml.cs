using InBeeld.Core.Access;
using InBeeld.Core.Plans;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Data.Reminders;
using InBeeld.Web.Reminders;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>
/// The coordinator's view of keeping on course: open actions without an owner, past their due date,
/// or not reviewed within the study's cadence — and the cadence itself.
/// </summary>
[StudyAccess(StudyPermission.ManageStudy)]
public sealed class AttentionModel(InBeeldDbContext db, TimeProvider time, IStringLocalizer<Resources.ImprovementPageText> text, ReminderLog reminderLog, IOptions<ReminderOptions> reminderOptions) : PageModel
{
    public const int MaxCadenceDays = 365;

    [FromRoute]
    public Guid StudyId { get; set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.Display(Name = "Field_Cadence")]
    public int? CadenceDays { get; set; }

    public StudyContext? Study { get; private set; }

    public IReadOnlyList<PlanAction> WithoutOwner { get; private set; } = [];

    public IReadOnlyList<PlanAction> Overdue { get; private set; } = [];

    public IReadOnlyList<PlanAction> NotReviewed { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>Whether reminder mails go out at all (an SMTP server is configured).</summary>
    public bool RemindersEnabled => reminderOptions.Value.Enabled;

    /// <summary>The reminder log for this study's members: did the last digests go out?</summary>
    public ReminderLogSummary? Reminders { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCadenceAsync(CancellationToken cancellationToken)
    {
        if (CadenceDays is < 1 or > MaxCadenceDays)
        {
            ModelState.AddModelError(nameof(CadenceDays), text["CadenceOutOfRange", MaxCadenceDays]);
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var study = await db.Studies.SingleOrDefaultAsync(s => s.Id == StudyId, cancellationToken);
        if (study is null)
        {
            return NotFound();
        }

        study.ReviewCadenceDays = CadenceDays;
        await db.SaveChangesAsync(cancellationToken);
        RequestAudit.NameObject(HttpContext, "Study", StudyId);
        TempData["Status"] = text["CadenceSaved"].Value;
        return RedirectToPage(new { studyId = StudyId });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        var plan = await new PlanQuery(db, time).GetAsync(StudyId, cancellationToken);
        if (Study is null || plan is null)
        {
            return false;
        }

        Today = plan.Date;
        CadenceDays ??= Study.ReviewCadenceDays;
        var all = plan.ByOrganization.SelectMany(g => g.Actions).ToList();
        WithoutOwner = all.Where(a => a.Signals.WithoutOwner).ToList();
        Overdue = all.Where(a => a.Signals.Overdue).OrderByDescending(a => a.Signals.DaysOverdue).ToList();
        NotReviewed = all.Where(a => a.Signals.NotReviewed).OrderBy(a => a.Signals.ReviewDueOn).ToList();
        var members = await db.StudyMembers.AsNoTracking().Where(m => m.StudyId == StudyId).Select(m => m.UserId).ToListAsync(cancellationToken);
        Reminders = await reminderLog.SummarizeAsync(members, cancellationToken);
        return true;
    }
}
