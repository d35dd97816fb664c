using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Auditing;

/// <summary>Removes audit entries older than the audit retention period — the one way entries ever leave the log.</summary>
public static class AuditRetention
{
    public static Task<int> PurgeAsync(InBeeldDbContext db, DateTimeOffset olderThan, CancellationToken cancellationToken) =>
        db.AuditEntries.Where(a => a.At < olderThan).ExecuteDeleteAsync(cancellationToken);
}
