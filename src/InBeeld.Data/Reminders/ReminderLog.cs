using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Reminders;

/// <summary>
/// Keeps <see cref="ReminderDelivery"/> rows: a run claims an account's day before it sends, and
/// records the outcome after. Claims are single statements guarded by the unique (account, day)
/// index or by the row's last attempt time, so two runs at once — a restart, a second web
/// instance — cannot both win.
/// </summary>
public sealed class ReminderLog(InBeeldDbContext db)
{
    /// <summary>
    /// An attempt without an outcome after this long is taken to have died with its process and may be
    /// claimed again. Trade-off: if it did die after the server accepted the mail, that account gets a
    /// second mail that day; waiting this long makes it rare, and never retrying would lose the day's mail.
    /// </summary>
    public static readonly TimeSpan StaleAttempt = TimeSpan.FromMinutes(15);

    /// <summary>True when this run may send <paramref name="userId"/>'s digest for <paramref name="day"/>.</summary>
    public async Task<bool> TryClaimAsync(Guid userId, DateOnly day, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.ReminderDeliveries.AsNoTracking()
            .SingleOrDefaultAsync(d => d.UserId == userId && d.Day == day, cancellationToken);
        if (existing is null)
        {
            var row = new ReminderDelivery { UserId = userId, Day = day, AttemptedAt = now, Attempts = 1 };
            db.ReminderDeliveries.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateException)
            {
                // Another run inserted the same account and day first: it sends, this one does not.
                db.Entry(row).State = EntityState.Detached;
                return false;
            }
        }

        var retryable = existing.SentAt is null && (existing.Failure is not null || existing.AttemptedAt <= now - StaleAttempt);
        if (!retryable)
        {
            return false;
        }

        var previous = existing.AttemptedAt;
        var claimed = await db.ReminderDeliveries
            .Where(d => d.Id == existing.Id && d.SentAt == null && d.AttemptedAt == previous)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.AttemptedAt, now)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.Failure, (string?)null), cancellationToken);
        return claimed == 1;
    }

    public Task MarkSentAsync(Guid userId, DateOnly day, DateTimeOffset at, CancellationToken cancellationToken) =>
        db.ReminderDeliveries.Where(d => d.UserId == userId && d.Day == day)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, at).SetProperty(d => d.Failure, (string?)null), cancellationToken);

    public Task MarkFailedAsync(Guid userId, DateOnly day, string failure, CancellationToken cancellationToken)
    {
        var note = failure.Length <= ReminderDelivery.MaxFailureLength ? failure : failure[..ReminderDelivery.MaxFailureLength];
        return db.ReminderDeliveries.Where(d => d.UserId == userId && d.Day == day && d.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Failure, note), cancellationToken);
    }

    /// <summary>
    /// For the coordinator: when a digest last went out to one of <paramref name="userIds"/>, and the
    /// sends still failing on the most recent day anything was tried. Counts and times only.
    /// </summary>
    public async Task<ReminderLogSummary> SummarizeAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var rows = db.ReminderDeliveries.AsNoTracking().Where(d => userIds.Contains(d.UserId));
        var lastSent = await rows.Where(d => d.SentAt != null).OrderByDescending(d => d.SentAt).Select(d => d.SentAt).FirstOrDefaultAsync(cancellationToken);
        var lastDay = await rows.OrderByDescending(d => d.Day).Select(d => (DateOnly?)d.Day).FirstOrDefaultAsync(cancellationToken);
        if (lastDay is null)
        {
            return new ReminderLogSummary(null, null, 0, null, null);
        }

        var failing = await rows.Where(d => d.Day == lastDay && d.SentAt == null && d.Failure != null)
            .OrderByDescending(d => d.AttemptedAt).Select(d => new { d.AttemptedAt, d.Failure }).ToListAsync(cancellationToken);
        return new ReminderLogSummary(lastSent, lastDay, failing.Count, failing.FirstOrDefault()?.AttemptedAt, failing.FirstOrDefault()?.Failure);
    }
}
