using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>Reads a stored log's row and names: small, so both the in-memory and the database path can start from it.</summary>
public sealed class LogHeaderQuery(InBeeldDbContext db)
{
    /// <summary>The log's header, or null when the study has no such log.</summary>
    public async Task<LogHeader?> GetAsync(Guid studyId, Guid logId, CancellationToken cancellationToken)
    {
        var log = await db.EventLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == logId && l.StudyId == studyId, cancellationToken);
        return log is null ? null : await NamesAsync(log, cancellationToken);
    }

    public async Task<LogHeader?> GetAsync(Guid logId, CancellationToken cancellationToken)
    {
        var log = await db.EventLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == logId, cancellationToken);
        return log is null ? null : await NamesAsync(log, cancellationToken);
    }

    private async Task<LogHeader> NamesAsync(StoredEventLog log, CancellationToken cancellationToken)
    {
        var names = await db.Set<StoredLogName>().AsNoTracking()
            .Where(n => n.LogId == log.Id).OrderBy(n => n.Kind).ThenBy(n => n.Number).ToListAsync(cancellationToken);
        string[] Of(LogNameKind kind) => [.. names.Where(n => n.Kind == kind).OrderBy(n => n.Number).Select(n => n.Name)];
        return new LogHeader(log, Of(LogNameKind.Activity), Of(LogNameKind.Resource), Of(LogNameKind.Organization));
    }
}
