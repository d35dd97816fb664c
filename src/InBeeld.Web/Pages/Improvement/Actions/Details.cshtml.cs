using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Data;
using InBeeld.Data.Actions;
using InBeeld.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Web.Pages.Improvement.Actions;

/// <summary>One action: what, who, when, why, and its whole status history with the meetings that decided it.</summary>
[StudyAccess(StudyPermission.ViewPatterns)]
public sealed class DetailsModel(InBeeldDbContext db, ActionStore store, TimeProvider time) : PageModel
{
    public sealed record HistoryRow(DateTimeOffset At, ActionStatus? From, ActionStatus To, string? By, string? Note, DateOnly? Meeting);

    public sealed record DecisionRow(DateOnly HeldOn, string Decision, ActionStatus? NewStatus);

    [FromRoute]
    public Guid StudyId { get; set; }

    [FromRoute]
    public Guid ActionId { get; set; }

    public StudyContext? Study { get; private set; }

    public ImprovementAction? Action { get; private set; }

    public ActionSignals? Signals { get; private set; }

    public IReadOnlyList<string> Motivations { get; private set; } = [];

    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Study = await StudyContext.LoadAsync(db, StudyId, cancellationToken);
        Action = Study is null ? null : await store.GetAsync(StudyId, ActionId, cancellationToken);
        if (Study is null || Action is null)
        {
            return NotFound();
        }

        Signals = ActionMonitor.Assess(Action, ActionMonitor.Today(time), Study.ReviewCadenceDays);
        var labels = await MotivationLabels.LoadAsync(db, StudyId, [Action], cancellationToken);
        Motivations = Action.Motivations.OrderBy(m => m.Kind).ThenBy(m => m.Id).Select(labels.Describe).ToList();
        var userIds = Action.History.Where(h => h.ByUserId is not null).Select(h => h.ByUserId!.Value).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.UserName, cancellationToken);
        var meetingIds = Action.History.Where(h => h.ReviewMeetingId is not null).Select(h => h.ReviewMeetingId!.Value).ToList();
        var meetings = await db.ReviewMeetings.AsNoTracking().Where(m => meetingIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.HeldOn, cancellationToken);
        History = Action.History.OrderBy(h => h.At).ThenBy(h => h.Id)
            .Select(h => new HistoryRow(h.At, h.From, h.To, h.ByUserId is { } u ? users.GetValueOrDefault(u) : null, h.Note,
                h.ReviewMeetingId is { } m && meetings.TryGetValue(m, out var held) ? held : null))
            .ToList();
        Decisions = await db.ReviewDecisions.AsNoTracking().Where(d => d.ActionId == ActionId)
            .Join(db.ReviewMeetings, d => d.ReviewMeetingId, m => m.Id, (d, m) => new DecisionRow(m.HeldOn, d.Decision, d.NewStatus))
            .ToListAsync(cancellationToken);
        Decisions = Decisions.OrderByDescending(d => d.HeldOn).ToList();
        return Page();
    }
}
