using InBeeld.Core.Retention;
using InBeeld.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Retention;

/// <summary>
/// Applies each study's bewaartermijn: an interview whose date lies more than the study's
/// retention period ago loses its raw content — transcript (with the codings of its fragments),
/// quotes, free texts, interviewer and who recorded consent — while the route's structure
/// (organisations, phases, experience, handovers, waits) stays for analysis. A participant whose
/// interviews have all expired loses their line in the pseudonym key. What was removed is recorded as counts in
/// <see cref="RetentionRun"/>; the audit log past its own retention period is purged too.
/// </summary>
public sealed class RetentionService(InBeeldDbContext db)
{
    public const string Removed = "";

    public async Task<IReadOnlyList<RetentionRun>> RunAsync(DateTimeOffset now, string triggeredBy, int auditRetentionDays, bool dryRun, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var studies = await db.Studies.AsNoTracking().Where(s => s.RetentionMonths != null)
            .Select(s => new { s.Id, Months = s.RetentionMonths!.Value }).ToListAsync(cancellationToken);
        var runs = new List<RetentionRun>();
        foreach (var study in studies)
        {
            var candidates = await db.Interviews.AsNoTracking().Where(i => i.StudyId == study.Id && i.AnonymizedAt == null)
                .Select(i => new { i.Id, i.Date }).ToListAsync(cancellationToken);
            var expired = candidates.Where(i => i.Date.AddMonths(study.Months) <= today).Select(i => i.Id).ToList();
            var run = dryRun ? await CountAsync(study.Id, expired, today, study.Months, cancellationToken) : await AnonymizeAsync(study.Id, expired, now, today, study.Months, cancellationToken);
            run.TriggeredBy = triggeredBy;
            run.At = now;
            if (run.InterviewsAnonymized + run.ContactsDeleted > 0)
            {
                runs.Add(run);
            }
        }

        if (!dryRun)
        {
            db.RetentionRuns.AddRange(runs);
            await db.SaveChangesAsync(cancellationToken);
            await AuditRetention.PurgeAsync(db, now.AddDays(-auditRetentionDays), cancellationToken);
        }

        return runs;
    }

    private async Task<RetentionRun> CountAsync(Guid studyId, List<Guid> expired, DateOnly today, int months, CancellationToken cancellationToken) => new()
    {
        StudyId = studyId,
        TriggeredBy = "",
        InterviewsAnonymized = expired.Count,
        TranscriptsDeleted = await db.Interviews.CountAsync(i => expired.Contains(i.Id) && i.Transcript != null, cancellationToken),
        QuotesDeleted = await db.Quotes.CountAsync(q => db.Steps.Any(s => s.Id == q.StepId && expired.Contains(s.InterviewId)), cancellationToken),
        StepTextsCleared = await db.Steps.CountAsync(s => expired.Contains(s.InterviewId), cancellationToken),
        ContactsDeleted = (await ExpiredContactsAsync(studyId, expired, today, months, cancellationToken)).Count,
    };

    private async Task<RetentionRun> AnonymizeAsync(Guid studyId, List<Guid> expired, DateTimeOffset now, DateOnly today, int months, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = new RetentionRun { StudyId = studyId, TriggeredBy = "" };
        var contacts = await ExpiredContactsAsync(studyId, expired, today, months, cancellationToken);

        // In chunks: an IN list per statement stays well below both providers' parameter limits.
        foreach (var chunk in expired.Chunk(500))
        {
            run.TranscriptsDeleted += await db.Interviews.CountAsync(i => chunk.Contains(i.Id) && i.Transcript != null, cancellationToken);
            run.QuotesDeleted += await db.Quotes.Where(q => db.Steps.Any(s => s.Id == q.StepId && chunk.Contains(s.InterviewId))).ExecuteDeleteAsync(cancellationToken);
            run.StepTextsCleared += await db.Steps.Where(s => chunk.Contains(s.InterviewId)).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Description, Removed)
                .SetProperty(s => s.PainPoint, (string?)null)
                .SetProperty(s => s.BrightSpot, (string?)null), cancellationToken);

            // Desired journeys copied from these interviews hold the same words: steps still worded as
            // copied lose them like the source; what the work group rewrote stays, without the copy.
            var copies = db.DesiredJourneys.Where(j => j.SourceKind == Core.DesiredJourneys.DesiredSourceKind.Interview && j.SourceId != null && chunk.Contains(j.SourceId.Value));
            await db.DesiredSteps.Where(d => copies.Any(j => j.Id == d.DesiredJourneyId) && d.Description == d.CurrentDescription)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.Description, Removed).SetProperty(d => d.CurrentDescription, (string?)null), cancellationToken);
            await db.DesiredSteps.Where(d => copies.Any(j => j.Id == d.DesiredJourneyId) && d.CurrentDescription != null)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.CurrentDescription, (string?)null), cancellationToken);
            run.InterviewsAnonymized += await db.Interviews.Where(i => chunk.Contains(i.Id)).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Transcript, (string?)null)
                .SetProperty(i => i.Interviewer, (string?)null)
                .SetProperty(i => i.Consent.RecordedBy, (string?)null)
                .SetProperty(i => i.AnonymizedAt, now)
                .SetProperty(i => i.UpdatedAt, now), cancellationToken);
        }

        // A fragment coding points into a transcript: without the text it would still count in every
        // figure while pointing at nothing. So the fragment codings of every transcript removed above go
        // in the same transaction; the sweep over the study also removes those left behind by runs from
        // before this rule. Step codings stay, as the steps do; quote codings went with their quotes.
        await db.Codings.Where(c => c.Target == Core.Analysis.Coding.CodingTarget.TranscriptFragment
                && db.Interviews.Any(i => i.Id == c.InterviewId && i.StudyId == studyId && i.Transcript == null))
            .ExecuteDeleteAsync(cancellationToken);
        run.ContactsDeleted = await db.ParticipantContacts.Where(c => contacts.Contains(c.ParticipantId)).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    /// <summary>Participants with a key line whose interviews are all expired (or already anonymised).</summary>
    private async Task<List<Guid>> ExpiredContactsAsync(Guid studyId, List<Guid> expired, DateOnly today, int months, CancellationToken cancellationToken)
    {
        var withContact = await db.ParticipantContacts.Where(c => c.StudyId == studyId).Select(c => c.ParticipantId).ToListAsync(cancellationToken);
        if (withContact.Count == 0)
        {
            return [];
        }

        var interviews = await db.Interviews.AsNoTracking().Where(i => withContact.Contains(i.ParticipantId))
            .Select(i => new { i.Id, i.ParticipantId, i.Date, i.AnonymizedAt }).ToListAsync(cancellationToken);
        var expiredSet = expired.ToHashSet();
        return withContact
            .Where(p => interviews.Where(i => i.ParticipantId == p).All(i => i.AnonymizedAt != null || expiredSet.Contains(i.Id) || i.Date.AddMonths(months) <= today)
                && interviews.Any(i => i.ParticipantId == p))
            .ToList();
    }
}
