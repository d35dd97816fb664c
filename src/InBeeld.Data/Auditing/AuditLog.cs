using InBeeld.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Auditing;

/// <summary>
/// Writes audit entries in their own context and transaction, so an entry is kept even when the
/// action it describes fails or is rolled back, and a page's pending changes are never saved by it.
/// </summary>
public sealed class AuditLog(DbContextOptions<InBeeldDbContext> options, TimeProvider time)
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (entry.At == default)
        {
            entry.At = time.GetUtcNow();
        }

        await using var db = new InBeeldDbContext(options);
        db.AuditEntries.Add(entry);

        // The request may already be cancelled (a client closing the tab after a denied read):
        // the log must still record it.
        await db.SaveChangesAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
