using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Setup;

/// <summary>
/// Brings a database to the newest schema version. Safe to call at every start: applied versions
/// are recorded in __EFMigrationsHistory and each version runs in a transaction.
/// </summary>
public static class SchemaUpgrader
{
    public static async Task UpgradeAsync(InBeeldDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets the web app read while the CLI or an import writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
