using InBeeld.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.Auditing;

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Total);

/// <summary>Reads the audit log newest first, filtered.</summary>
public sealed class AuditQuery(InBeeldDbContext db)
{
    public async Task<AuditPage> RunAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.StudyId is { } studyId)
        {
            query = query.Where(a => a.StudyId == studyId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(a => a.Actor.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(a => a.Action == filter.Action);
        }

        if (filter.Result is { } result)
        {
            query = query.Where(a => a.Result == result);
        }

        if (filter.From is { } from)
        {
            query = query.Where(a => a.At >= from);
        }

        if (filter.Until is { } until)
        {
            query = query.Where(a => a.At < until);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var entries = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip((page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(cancellationToken);
        return new AuditPage(entries, total);
    }
}
