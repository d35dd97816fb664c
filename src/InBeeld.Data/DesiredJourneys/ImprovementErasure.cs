using InBeeld.Core.DesiredJourneys;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.DesiredJourneys;

/// <summary>
/// Erasure of a participant reaches the improvement plan: desired journeys copied from their
/// interviews hold their route's own words, so those journeys go (actions made from them stay,
/// without the link); action motivations pointing at their steps or quotes go too. Actions
/// themselves are the work group's and stay.
/// </summary>
public sealed class ImprovementErasure : IErasureParticipant
{
    public async Task EraseAsync(InBeeldDbContext db, Guid studyId, Guid participantId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellationToken)
    {
        var journeys = db.DesiredJourneys.Where(j => j.StudyId == studyId && j.SourceKind == DesiredSourceKind.Interview && j.SourceId != null && interviewIds.Contains(j.SourceId.Value));
        await db.ImprovementActions.Where(a => journeys.Any(j => j.Id == a.DesiredJourneyId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DesiredJourneyId, (Guid?)null), cancellationToken);
        await db.ActionMotivations.Where(m => m.DesiredStepId != null && db.DesiredSteps.Any(s => s.Id == m.DesiredStepId && journeys.Any(j => j.Id == s.DesiredJourneyId)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.DesiredSteps.Where(s => journeys.Any(j => j.Id == s.DesiredJourneyId)).ExecuteDeleteAsync(cancellationToken);
        await journeys.ExecuteDeleteAsync(cancellationToken);

        var steps = db.Steps.Where(s => interviewIds.Contains(s.InterviewId));
        await db.ActionMotivations.Where(m => (m.StepId != null && steps.Any(s => s.Id == m.StepId))
                || (m.QuoteId != null && db.Quotes.Any(q => q.Id == m.QuoteId && steps.Any(s => s.Id == q.StepId))))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
