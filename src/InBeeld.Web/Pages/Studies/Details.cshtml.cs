using InBeeld.Web.Security;
using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Web.Localization;
using InBeeld.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace InBeeld.Web.Pages.Studies;

/// <summary>A study's landing page: its set-up, counts and the way to everything else.</summary>
[StudyAccess(StudyPermission.ViewStudy)]
public sealed class DetailsModel(InBeeldDbContext db, IStringLocalizer<SharedText> text) : PageModel
{
    public sealed record StudySummary(
        Guid Id, string Title, string? TargetGroup, string? CentralQuestion, DateOnly? PeriodStart, DateOnly? PeriodEnd,
        bool IsFictitious, IReadOnlyList<string> Municipalities, int Participants, int Interviews, int Steps,
        int Organizations, int Phases, int TurningPoints, int Channels, int Attributes, int? RetentionMonths);

    [FromRoute]
    public Guid StudyId { get; set; }

    public StudySummary? Study { get; private set; }

    public string? PeriodText { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var row = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId)
            .Select(s => new
            {
                s.Id, s.Title, s.TargetGroup, s.CentralQuestion, s.PeriodStart, s.PeriodEnd, s.IsFictitious, s.RetentionMonths,
                Municipalities = s.Municipalities.Select(m => m.CbsCode).ToList(),
                Participants = db.Participants.Count(p => p.StudyId == s.Id),
                Interviews = db.Interviews.Count(i => i.StudyId == s.Id),
                Steps = db.Steps.Count(st => db.Interviews.Any(i => i.Id == st.InterviewId && i.StudyId == s.Id)),
                Organizations = s.Organizations.Count, Phases = s.Phases.Count, TurningPoints = s.TurningPoints.Count,
                Channels = s.Channels.Count, Attributes = s.AttributeDefinitions.Count,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return NotFound();
        }

        Study = new StudySummary(
            row.Id, row.Title, row.TargetGroup, row.CentralQuestion, row.PeriodStart, row.PeriodEnd, row.IsFictitious,
            row.Municipalities.Select(MunicipalityChoices.NameOf).Order(StringComparer.CurrentCulture).ToList(),
            row.Participants, row.Interviews, row.Steps, row.Organizations, row.Phases, row.TurningPoints, row.Channels, row.Attributes, row.RetentionMonths);
        PeriodText = DisplayFormat.Period(row.PeriodStart, row.PeriodEnd, text);
        return Page();
    }
}
