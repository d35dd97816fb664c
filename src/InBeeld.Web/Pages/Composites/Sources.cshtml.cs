using InBeeld.Core.Access;
using InBeeld.Data;
using InBeeld.Data.Privacy;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Composites;

/// <summary>
/// Provenance of one composite step: the real steps of real interviews it stands for, with links to
/// them. Raw interview data, so for those who may read interviews (and audited). A source whose step
/// was deleted stays listed as gone; one whose consent was withdrawn is named but not shown.
/// </summary>
[StudyAccess(StudyPermission.ViewInterviews)]
public sealed class SourcesModel(InBeeldDbContext db) : PageModel
{
    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid CompositeStepId { get; set; }

    public string StudyTitle { get; private set; } = "";

    public Guid GroupId { get; private set; }

    public string GroupName { get; private set; } = "";

    public int StepNumber { get; private set; }

    public IReadOnlyList<SourceStepRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var step = await db.CompositeSteps.AsNoTracking()
            .Where(s => s.Id == CompositeStepId)
            .Join(db.CompositeJourneys, s => s.CompositeId, c => c.Id, (s, c) => new { s.Order, s.CompositeId, c.GroupId, c.StudyId })
            .SingleOrDefaultAsync(s => s.StudyId == StudyId, cancellationToken);
        if (step is null)
        {
            return NotFound();
        }

        RequestAudit.NameObject(HttpContext, "CompositeStep", CompositeStepId);
        StudyTitle = await db.Studies.AsNoTracking().Where(s => s.Id == StudyId).Select(s => s.Title).SingleAsync(cancellationToken);
        GroupId = step.GroupId;
        GroupName = await db.JourneyGroups.AsNoTracking().Where(g => g.Id == step.GroupId).Select(g => g.Name).SingleAsync(cancellationToken);
        StepNumber = await db.CompositeSteps.CountAsync(s => s.CompositeId == step.CompositeId && s.Order <= step.Order, cancellationToken);

        var sources = await db.CompositeStepSources.AsNoTracking().Where(s => s.CompositeStepId == CompositeStepId).ToListAsync(cancellationToken);
        var stepIds = sources.Select(s => s.StepId).ToList();
        var usable = await db.Interviews.Where(i => i.StudyId == StudyId).Where(ConsentRule.Counts(db)).Select(i => i.Id).ToListAsync(cancellationToken);
        var real = await db.Steps.AsNoTracking().Where(s => stepIds.Contains(s.Id))
            .Join(db.Interviews.Where(i => i.StudyId == StudyId), s => s.InterviewId, i => i.Id, (s, i) => new { s.Id, s.Order, s.Description, i.Date, i.ParticipantId, InterviewId = i.Id })
            .Join(db.Participants, x => x.ParticipantId, p => p.Id, (x, p) => new { x.Id, x.Order, x.Description, x.Date, x.InterviewId, p.Code })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        Rows = sources
            .Select(s => real.TryGetValue(s.StepId, out var r)
                ? new SourceStepRow(s.InterviewId, s.StepId, r.Code, r.Date, r.Order + 1, usable.Contains(r.InterviewId) ? r.Description : null, usable.Contains(r.InterviewId))
                : new SourceStepRow(s.InterviewId, s.StepId, null, null, null, null, false))
            .OrderBy(r => r.Code ?? "\uffff").ThenBy(r => r.Date)
            .ToList();
        return Page();
    }
}
