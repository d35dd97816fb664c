using System.Data.Common;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Validation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// Stores event logs in a study and loads them back into the compact <see cref="EventLog"/>. A save
/// runs in one transaction: a refused or failed import leaves no rows behind.
/// </summary>
/// <remarks>
/// What is stored: per log its names (activities, resources, organisations, by number), its cases
/// (number and pseudonym), its occurrences, and its case and event attributes dictionary-encoded as
/// in memory (columns, distinct values, a row per case or occurrence that has a value). Attributes
/// the user marked identifying are never stored (<see cref="LogAttributeRows.Columns"/>).
/// </remarks>
public sealed class EventLogStore(InBeeldDbContext db, TimeProvider time)
{
    /// <param name="progress">Rows written: the occurrences (up to the log's event count), then on through the event-attribute rows.</param>
    /// <returns>The id of the stored log.</returns>
    /// <exception cref="InputRejectedException">A name or attribute key is too long to store; nothing was saved.</exception>
    public async Task<Guid> SaveAsync(EventLogImport import, EventLog log, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var name = import.Name.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new InputRejectedException(import.SourceName, StoredLogText.Get("LogNameEmpty", 200));
        }

        CheckNames(import.SourceName, log.ActivityNames, LogNameKind.Activity);
        CheckNames(import.SourceName, log.ResourceNames, LogNameKind.Resource);
        CheckNames(import.SourceName, log.OrganizationNames, LogNameKind.Organization);
        var attributes = LogAttributeRows.Columns(log, import.DroppedAttributes);
        CheckKeys(import.SourceName, attributes);

        var stored = new StoredEventLog
        {
            StudyId = import.StudyId,
            Name = name,
            SourceFormat = import.Format,
            SourceName = Path.GetFileName(import.SourceName),
            ImportedAt = time.GetUtcNow(),
            ImportedBy = import.ImportedBy,
            CaseCount = log.CaseCount,
            EventCount = log.EventCount,
            HasStartTimes = log.HasStartTimes,
            SkippedLifecycleEvents = log.SkippedLifecycleEvents,
            DroppedAttributes = string.Join('\n', import.DroppedAttributes),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Keeps SQLite's statement journal in memory (see the study importer: a disk write per statement otherwise).
            await db.Database.ExecuteSqlRawAsync("PRAGMA temp_store = MEMORY;", cancellationToken);
        }

        db.EventLogs.Add(stored);
        db.AddRange(Names(stored.Id, log.ActivityNames, LogNameKind.Activity));
        db.AddRange(Names(stored.Id, log.ResourceNames, LogNameKind.Resource));
        db.AddRange(Names(stored.Id, log.OrganizationNames, LogNameKind.Organization));
        db.AddRange(attributes.Select(a => new StoredLogAttribute { LogId = stored.Id, ColumnNo = a.ColumnNo, Scope = a.Scope, Key = a.Column.Key }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var writer = Writer();
        await writer.WriteCasesAsync(stored.Id, log, cancellationToken);
        await writer.WriteAttributeValuesAsync(stored.Id, attributes, cancellationToken);
        await writer.WriteCaseAttributesAsync(stored.Id, attributes, cancellationToken);
        await writer.WriteEventsAsync(stored.Id, log, progress, cancellationToken);
        await writer.WriteEventAttributesAsync(stored.Id, log, attributes, progress, log.EventCount, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored.Id;
    }

    /// <summary>The log as it was stored, attributes included, or null when there is no such log in the study.</summary>
    public async Task<EventLog?> LoadAsync(Guid studyId, Guid logId, CancellationToken cancellationToken)
    {
        var stored = await db.EventLogs.AsNoTracking().SingleOrDefaultAsync(l => l.Id == logId && l.StudyId == studyId, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var names = await db.Set<StoredLogName>().AsNoTracking().Where(n => n.LogId == logId)
            .OrderBy(n => n.Kind).ThenBy(n => n.Number).ToListAsync(cancellationToken);
        string[] Of(LogNameKind kind) => [.. names.Where(n => n.Kind == kind).OrderBy(n => n.Number).Select(n => n.Name)];

        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var caseIds = new Guid[stored.CaseCount];
            await using (var command = Command(connection, """SELECT "CaseNo", "Pseudonym" FROM "EventLogCases" WHERE "LogId" = @log ORDER BY "CaseNo" """, logId))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    caseIds[reader.GetInt32(0)] = reader.GetGuid(1);
                }
            }

            var offsets = new int[stored.CaseCount + 1];
            var activity = new int[stored.EventCount];
            var resource = new int[stored.EventCount];
            var organization = new int[stored.EventCount];
            var complete = new long[stored.EventCount];
            var start = stored.HasStartTimes ? new long[stored.EventCount] : null;
            await using (var command = Command(
                connection,
                """
                SELECT "CaseNo", "Activity", "Resource", "Organization", "StartTicks", "CompleteTicks"
                FROM "EventLogEvents" WHERE "LogId" = @log ORDER BY "CaseNo", "Seq"
                """,
                logId))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                var row = 0;
                while (await reader.ReadAsync(cancellationToken))
                {
                    offsets[reader.GetInt32(0) + 1]++;
                    activity[row] = reader.GetInt32(1);
                    resource[row] = reader.IsDBNull(2) ? EventLog.None : reader.GetInt32(2);
                    organization[row] = reader.IsDBNull(3) ? EventLog.None : reader.GetInt32(3);
                    complete[row] = reader.GetInt64(5);
                    if (start is not null)
                    {
                        start[row] = reader.IsDBNull(4) ? complete[row] : reader.GetInt64(4);
                    }

                    row++;
                }
            }

            for (var c = 0; c < stored.CaseCount; c++)
            {
                offsets[c + 1] += offsets[c];
            }

            var (caseAttributes, eventAttributes) = await new StoredAttributeReader(db, connection, logId, stored.CaseCount, offsets)
                .ReadAsync(cancellationToken);

            return new EventLogColumns
            {
                SourceName = stored.SourceName,
                CaseIds = caseIds,
                CaseOffsets = offsets,
                Activity = activity,
                Resource = resource,
                Organization = organization,
                Complete = complete,
                Start = start,
                ActivityNames = Of(LogNameKind.Activity),
                ResourceNames = Of(LogNameKind.Resource),
                OrganizationNames = Of(LogNameKind.Organization),
                SkippedLifecycleEvents = stored.SkippedLifecycleEvents,
                CaseAttributes = caseAttributes,
                EventAttributes = eventAttributes,
            }.ToEventLog();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Removes a log and all its rows; false when the study has no such log.</summary>
    public async Task<bool> DeleteAsync(Guid studyId, Guid logId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Set-based deletes, children first: EF would otherwise load every row to delete it.
        var found = await db.EventLogs.Where(l => l.Id == logId && l.StudyId == studyId).AnyAsync(cancellationToken);
        if (!found)
        {
            return false;
        }

        await db.Set<StoredLogEventAttribute>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogCaseAttribute>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogAttributeValue>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogAttribute>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogEvent>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogCase>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StoredLogName>().Where(e => e.LogId == logId).ExecuteDeleteAsync(cancellationToken);
        await db.EventLogs.Where(l => l.Id == logId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    // Both writers run on the context's connection, so inside the transaction begun above.
    private LogRowWriter Writer() => db.Database.GetDbConnection() switch
    {
        SqliteConnection sqlite => new SqliteLogRowWriter(sqlite),
        NpgsqlConnection npgsql => new PostgresLogRowWriter(npgsql),
        var other => throw new InvalidOperationException($"No bulk path for {other.GetType().Name}."),
    };

    internal static DbCommand Command(DbConnection connection, string sql, Guid logId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@log";
        parameter.Value = connection is SqliteConnection ? logId.ToString().ToUpperInvariant() : logId;
        command.Parameters.Add(parameter);
        return command;
    }

    private static IEnumerable<StoredLogName> Names(Guid logId, IReadOnlyList<string> names, LogNameKind kind) =>
        names.Select((name, number) => new StoredLogName { LogId = logId, Kind = kind, Number = number, Name = name });

    private static void CheckKeys(string source, IReadOnlyList<(int ColumnNo, LogAttributeScope Scope, AttributeColumn Column)> attributes)
    {
        foreach (var (_, _, column) in attributes)
        {
            if (column.Key.Length > LogLimits.MaxNameLength)
            {
                var file = Path.GetFileName(source);
                throw new InputRejectedException(file, StoredLogText.Get("AttributeKeyTooLong", file, column.Key[..40], LogLimits.MaxNameLength));
            }
        }
    }

    private static void CheckNames(string source, IReadOnlyList<string> names, LogNameKind kind)
    {
        foreach (var name in names)
        {
            if (name.Length > LogLimits.MaxNameLength)
            {
                throw new InputRejectedException(
                    Path.GetFileName(source),
                    StoredLogText.Get("NameTooLong", Path.GetFileName(source), name[..40], LogLimits.MaxNameLength, StoredLogText.Get("Kind_" + kind)));
            }
        }
    }
}
