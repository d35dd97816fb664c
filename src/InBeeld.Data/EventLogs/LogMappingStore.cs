using InBeeld.Core.EventLogs.Model;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs;

/// <summary>The study's mapping table: names used in its logs onto its organisations and phases.</summary>
public sealed class LogMappingStore(InBeeldDbContext db)
{
    /// <summary>One name of the study's logs with its current mapping (nulls: not mapped yet).</summary>
    public sealed record Row(LogMappingKind Kind, string Name, Guid? OrganizationId, Guid? PhaseId);

    /// <summary>Every activity, organisation and resource name in the study's logs, with its mapping; sorted by kind, then name.</summary>
    public async Task<IReadOnlyList<Row>> RowsAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var names = await db.Set<StoredLogName>().AsNoTracking()
            .Where(n => db.EventLogs.Any(l => l.Id == n.LogId && l.StudyId == studyId))
            .Select(n => new { n.Kind, n.Name })
            .Distinct()
            .ToListAsync(cancellationToken);
        var mapped = await db.EventLogMappings.AsNoTracking().Where(m => m.StudyId == studyId).ToListAsync(cancellationToken);
        var byKey = mapped.ToDictionary(m => (m.Kind, m.Name));
        return [.. names
            .Select(n => (Kind: Kind(n.Kind), n.Name))
            .Distinct()
            .Select(n => byKey.TryGetValue((n.Kind, n.Name), out var m) ? new Row(n.Kind, n.Name, m.OrganizationId, m.PhaseId) : new Row(n.Kind, n.Name, null, null))
            .OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The mapping as the engine uses it (<see cref="EventLogJourneys"/>, the handover comparison).</summary>
    public async Task<EventLogMapping> MappingAsync(Guid studyId, CancellationToken cancellationToken)
    {
        var rows = await db.EventLogMappings.AsNoTracking().Where(m => m.StudyId == studyId).ToListAsync(cancellationToken);
        Dictionary<string, Guid> Of(LogMappingKind kind, Func<LogVocabularyMapping, Guid?> pick) =>
            rows.Where(r => r.Kind == kind && pick(r) is not null).ToDictionary(r => r.Name, r => pick(r)!.Value, StringComparer.Ordinal);
        return new EventLogMapping
        {
            OrganizationByActivity = Of(LogMappingKind.Activity, r => r.OrganizationId),
            PhaseByActivity = Of(LogMappingKind.Activity, r => r.PhaseId),
            OrganizationByLogOrganization = Of(LogMappingKind.Organization, r => r.OrganizationId),
            OrganizationByResource = Of(LogMappingKind.Resource, r => r.OrganizationId),
        };
    }

    /// <summary>
    /// Saves the given rows (a row without organisation and phase removes the mapping). Ids that are
    /// not the study's own organisations or phases are refused as a whole: false, nothing changed.
    /// </summary>
    public async Task<bool> SaveAsync(Guid studyId, IReadOnlyList<Row> rows, CancellationToken cancellationToken)
    {
        var organizations = await db.Organizations.Where(o => o.StudyId == studyId).Select(o => o.Id).ToListAsync(cancellationToken);
        var phases = await db.Phases.Where(p => p.StudyId == studyId).Select(p => p.Id).ToListAsync(cancellationToken);
        if (rows.Any(r => (r.OrganizationId is { } o && !organizations.Contains(o)) || (r.PhaseId is { } p && !phases.Contains(p))
            || (r.Kind != LogMappingKind.Activity && r.PhaseId is not null) || r.Name.Length > LogLimits.MaxNameLength))
        {
            return false;
        }

        var existing = await db.EventLogMappings.Where(m => m.StudyId == studyId).ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var current = existing.FirstOrDefault(m => m.Kind == row.Kind && m.Name == row.Name);
            if (row.OrganizationId is null && row.PhaseId is null)
            {
                if (current is not null)
                {
                    db.EventLogMappings.Remove(current);
                }

                continue;
            }

            if (current is null)
            {
                db.EventLogMappings.Add(new LogVocabularyMapping { StudyId = studyId, Kind = row.Kind, Name = row.Name, OrganizationId = row.OrganizationId, PhaseId = row.PhaseId });
            }
            else
            {
                current.OrganizationId = row.OrganizationId;
                current.PhaseId = row.PhaseId;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static LogMappingKind Kind(LogNameKind kind) => kind switch
    {
        LogNameKind.Activity => LogMappingKind.Activity,
        LogNameKind.Organization => LogMappingKind.Organization,
        _ => LogMappingKind.Resource,
    };
}
