using InBeeld.Data.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Coding;

/// <summary>
/// Removes the codings, interview memos and declined suggestions that refer to an erased
/// participant's interviews, in the eraser's transaction. Said explicitly rather than left to the
/// foreign keys' cascades, so erasure stays complete even if a cascade is ever changed.
/// </summary>
public sealed class CodingErasure : IErasureParticipant
{
    public async Task EraseAsync(InBeeldDbContext db, Guid studyId, Guid participantId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellationToken)
    {
        var ids = interviewIds.ToList();
        await db.RejectedSuggestions
            .Where(r => db.Quotes.Any(q => q.Id == r.QuoteId && db.Steps.Any(s => s.Id == q.StepId && ids.Contains(s.InterviewId))))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Codings.Where(c => ids.Contains(c.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        await db.Memos.Where(m => m.InterviewId != null && ids.Contains(m.InterviewId.Value)).ExecuteDeleteAsync(cancellationToken);
    }
}
