using InBeeld.Core.Interviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InBeeld.Data.Interviews;

/// <summary>
/// Keeps <see cref="Interview.UpdatedAt"/> true whatever page or command changed an interview,
/// its steps or its quotes. Caches of derived figures (JourneySetCache) and, later, composite
/// journeys rely on it to know when they are out of date.
/// </summary>
public sealed class InterviewTouchInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is InBeeldDbContext db)
        {
            await TouchAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is InBeeldDbContext db)
        {
            TouchAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task TouchAsync(InBeeldDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        var interviewIds = new HashSet<Guid>();
        var stepIdsOfQuotes = new HashSet<Guid>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case Interview interview when entry.State != EntityState.Deleted:
                    interviewIds.Add(interview.Id);
                    break;
                case Step step:
                    interviewIds.Add(step.InterviewId);
                    break;
                case Quote quote:
                    stepIdsOfQuotes.Add(quote.StepId);
                    break;
            }
        }

        foreach (var stepId in stepIdsOfQuotes)
        {
            var tracked = db.ChangeTracker.Entries<Step>().FirstOrDefault(e => e.Entity.Id == stepId)?.Entity;
            var interviewId = tracked?.InterviewId
                ?? await db.Steps.Where(s => s.Id == stepId).Select(s => (Guid?)s.InterviewId).SingleOrDefaultAsync(cancellationToken);
            if (interviewId is { } id)
            {
                interviewIds.Add(id);
            }
        }

        var now = time.GetUtcNow();
        foreach (var id in interviewIds)
        {
            var entry = db.ChangeTracker.Entries<Interview>().FirstOrDefault(e => e.Entity.Id == id);
            if (entry is null)
            {
                var interview = await db.Interviews.FindAsync([id], cancellationToken);
                entry = interview is null ? null : db.Entry(interview);
            }

            if (entry is null || entry.State == EntityState.Deleted)
            {
                continue;
            }

            if (entry.State == EntityState.Added && entry.Entity.CreatedAt == default)
            {
                entry.Entity.CreatedAt = now;
            }

            entry.Entity.UpdatedAt = now;
        }
    }
}
