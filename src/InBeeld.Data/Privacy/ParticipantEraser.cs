using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Privacy;

/// <summary>What an erasure removed, in counts (the audit log and the page show these, never the content).</summary>
public sealed record ErasureResult(int Interviews, int Steps, int Quotes, int Attributes, int Contacts);

/// <summary>
/// Erases one participant everywhere (AVG art. 17): the pseudonym, attributes, contact details,
/// interviews, steps and quotes, in one transaction. Features that keep derived data (codings,
/// composite journeys) register an <see cref="IErasureParticipant"/> so they remove or flag theirs
/// in the same transaction — provenance is flagged, never silently changed.
/// </summary>
public sealed class ParticipantEraser(InBeeldDbContext db, IEnumerable<IErasureParticipant> others)
{
    public async Task<ErasureResult?> EraseAsync(Guid studyId, Guid participantId, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.SingleOrDefaultAsync(p => p.Id == participantId && p.StudyId == studyId, cancellationToken);
        if (participant is null)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var interviewIds = await db.Interviews.Where(i => i.ParticipantId == participantId).Select(i => i.Id).ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            await other.EraseAsync(db, studyId, participantId, interviewIds, cancellationToken);
        }

        var quotes = await db.Quotes.Where(q => db.Steps.Any(s => s.Id == q.StepId && interviewIds.Contains(s.InterviewId))).ExecuteDeleteAsync(cancellationToken);
        var steps = await db.Steps.Where(s => interviewIds.Contains(s.InterviewId)).ExecuteDeleteAsync(cancellationToken);
        var interviews = await db.Interviews.Where(i => i.ParticipantId == participantId).ExecuteDeleteAsync(cancellationToken);
        var attributes = await db.ParticipantAttributeValues.Where(a => a.ParticipantId == participantId).ExecuteDeleteAsync(cancellationToken);
        var contacts = await db.ParticipantContacts.Where(c => c.ParticipantId == participantId).ExecuteDeleteAsync(cancellationToken);
        await db.Participants.Where(p => p.Id == participantId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ErasureResult(interviews, steps, quotes, attributes, contacts);
    }
}

/// <summary>A feature holding data derived from a participant's interviews, taking part in erasure.</summary>
public interface IErasureParticipant
{
    Task EraseAsync(InBeeldDbContext db, Guid studyId, Guid participantId, IReadOnlyList<Guid> interviewIds, CancellationToken cancellationToken);
}
