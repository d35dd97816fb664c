using InBeeld.Core.Composites.Model;
using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Composites;

/// <summary>
/// Erasure of a participant reaches composites too: their steps leave every composite step's
/// provenance, their quotes leave the composite, their interviews leave their group and their
/// member checks are deleted. A composite that lost a source is flagged out of date (reason
/// "erasure") rather than silently recounted, so the researcher remakes or checks it.
/// </summary>
public sealed class CompositeErasure(TimeProvider time) : IErasureParticipant
{
    public async Task EraseAsync(InBeeldDbContext db, Guid studyId, Guid participantId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellationToken)
    {
        if (interviewIds.Count == 0)
        {
            return;
        }

        var affected = await db.CompositeSteps
            .Where(s => db.CompositeStepSources.Any(x => x.CompositeStepId == s.Id && interviewIds.Contains(x.InterviewId))
                || db.CompositeStepQuotes.Any(x => x.CompositeStepId == s.Id && interviewIds.Contains(x.InterviewId)))
            .Select(s => s.CompositeId).Distinct().ToListAsync(cancellationToken);
        var groups = await db.JourneyGroupMembers.Where(m => interviewIds.Contains(m.InterviewId)).Select(m => m.GroupId).Distinct().ToListAsync(cancellationToken);
        affected.AddRange(await db.CompositeJourneys.Where(c => groups.Contains(c.GroupId)).Select(c => c.Id).ToListAsync(cancellationToken));

        await db.CompositeStepSources.Where(x => interviewIds.Contains(x.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        await db.CompositeStepQuotes.Where(x => interviewIds.Contains(x.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        await db.JourneyGroupMembers.Where(m => interviewIds.Contains(m.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        await db.MemberChecks.Where(m => interviewIds.Contains(m.InterviewId)).ExecuteDeleteAsync(cancellationToken);

        // A text pointer to an erased step would show nothing; clearing it makes that explicit.
        var erasedSteps = db.Steps.Where(s => interviewIds.Contains(s.InterviewId)).Select(s => s.Id);
        await db.CompositeSteps.Where(s => s.DescriptionStepId != null && erasedSteps.Contains(s.DescriptionStepId.Value))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.DescriptionStepId, (Guid?)null), cancellationToken);
        await db.CompositeSteps.Where(s => s.PainPointStepId != null && erasedSteps.Contains(s.PainPointStepId.Value))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PainPointStepId, (Guid?)null), cancellationToken);
        await db.CompositeSteps.Where(s => s.BrightSpotStepId != null && erasedSteps.Contains(s.BrightSpotStepId.Value))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.BrightSpotStepId, (Guid?)null), cancellationToken);

        var now = time.GetUtcNow();
        await db.CompositeJourneys.Where(c => affected.Contains(c.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.OutdatedSince, now).SetProperty(c => c.OutdatedReason, CompositeJourney.ErasureReason), cancellationToken);
    }
}
