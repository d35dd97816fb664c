using InBeeld.Core.Actions;
using InBeeld.Core.Validation;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Actions;

/// <summary>What a review meeting decided about one action, as filled in.</summary>
public sealed record DecisionInput(Guid ActionId, string? Decision, ActionStatus? NewStatus, DateOnly? NextReviewDate);

/// <summary>
/// Records a review meeting: the meeting, a decision per discussed action, and on each action the
/// review date, the next review date and — when the meeting changed it — the status, with the
/// meeting named in the history.
/// </summary>
public sealed class ReviewMeetingStore(InBeeldDbContext db, TimeProvider time)
{
    public async Task<ReviewMeeting> RecordAsync(Guid studyId, DateOnly? heldOn, string? attendees, string? notes, IReadOnlyList<DecisionInput> decisions, Guid? by, CancellationToken cancellationToken)
    {
        var ids = decisions.Select(d => d.ActionId).Distinct().ToList();
        var actions = await db.ImprovementActions.Include(a => a.History)
            .Where(a => a.StudyId == studyId && ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        if (actions.Count != ids.Count)
        {
            throw new InputRejectedException("Decisions", Core.Localization.ImprovementText.Get("Review_ActionNotInStudy"));
        }

        var today = ActionMonitor.Today(time);
        var errors = ReviewRules.Validate(heldOn, attendees, today,
            decisions.Select(d => ($"Decisions[{d.ActionId}]", ActionMonitor.DateOf(actions[d.ActionId].CreatedAt), d.Decision, d.NextReviewDate)).ToList());
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }

        var now = time.GetUtcNow();
        var meeting = new ReviewMeeting
        {
            StudyId = studyId,
            HeldOn = heldOn!.Value,
            Attendees = attendees!.Trim(),
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            RecordedAt = now,
            RecordedByUserId = by,
        };
        foreach (var input in decisions)
        {
            var decision = new ReviewDecision
            {
                ReviewMeetingId = meeting.Id,
                ActionId = input.ActionId,
                Decision = input.Decision!.Trim(),
                NewStatus = input.NewStatus,
                NextReviewDate = input.NextReviewDate,
            };
            meeting.Decisions.Add(decision);
            var action = actions[input.ActionId];
            // A meeting recorded late must not move the review date backwards.
            if (action.LastReviewedOn is null || action.LastReviewedOn < meeting.HeldOn)
            {
                action.LastReviewedOn = meeting.HeldOn;
            }

            if (input.NextReviewDate is { } next)
            {
                action.NextReviewDate = next;
            }

            if (input.NewStatus is { } status && action.ChangeStatus(status, now, by, decision.Decision, meeting.Id) is { } change)
            {
                db.ActionStatusChanges.Add(change);
            }
        }

        // Added after the decisions are in it, so the whole new graph is marked as new.
        db.ReviewMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    public async Task<IReadOnlyList<ReviewMeeting>> ListAsync(Guid studyId, CancellationToken cancellationToken) =>
        await db.ReviewMeetings.AsNoTracking().Include(m => m.Decisions)
            .Where(m => m.StudyId == studyId)
            .OrderByDescending(m => m.HeldOn)
            .ToListAsync(cancellationToken);
}
