using InBeeld.Core.EventLogs.Privacy;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// The study's secret for pseudonymising case ids: made on first use, stored encrypted, the same
/// for every log of the study — so two chain partners' logs give one person the same pseudonym.
/// </summary>
public sealed class EventLogSecrets(InBeeldDbContext db, ISecretProtector protector, TimeProvider time)
{
    /// <summary>A pseudonymizer with the study's secret; dispose it after reading.</summary>
    public async Task<CaseIdPseudonymizer> PseudonymizerAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var existing = await db.Set<EventLogKey>().AsNoTracking().SingleOrDefaultAsync(k => k.StudyId == studyId, cancellationToken);
        if (existing is not null)
        {
            return new CaseIdPseudonymizer(protector.Unprotect(studyId, existing.Protected));
        }

        var secret = CaseIdPseudonymizer.NewSecret();
        var key = new EventLogKey { StudyId = studyId, Protected = protector.Protect(studyId, secret), CreatedAt = time.GetUtcNow() };
        db.Add(key);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new CaseIdPseudonymizer(secret);
        }
        catch (DbUpdateException)
        {
            // Another request made the study's secret at the same moment: use that one, so both agree.
            db.Entry(key).State = EntityState.Detached;
            var winner = await db.Set<EventLogKey>().AsNoTracking().SingleAsync(k => k.StudyId == studyId, cancellationToken);
            return new CaseIdPseudonymizer(protector.Unprotect(studyId, winner.Protected));
        }
    }
}
