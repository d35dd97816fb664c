using System.Data.Common;
using InBeeld.Core.EventLogs.Model;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// Reads a stored log's attribute columns back into <see cref="AttributeColumn"/>s: the columns in
/// their stored order, each column's values by number, and the rows (cases, or occurrences found
/// by case and sequence through the case offsets). Rows without a stored value stay
/// <see cref="EventLog.None"/>, as in the log that was saved.
/// </summary>
internal sealed class StoredAttributeReader(InBeeldDbContext db, DbConnection connection, Guid logId, int caseCount, int[] caseOffsets)
{
    public async Task<(AttributeColumn[] Case, AttributeColumn[] Event)> ReadAsync(CancellationToken cancellationToken)
    {
        var columns = await db.Set<StoredLogAttribute>().AsNoTracking().Where(a => a.LogId == logId)
            .OrderBy(a => a.ColumnNo).ToListAsync(cancellationToken);
        if (columns.Count == 0)
        {
            return ([], []);
        }

        var values = columns.Select(_ => new List<AttributeValue>()).ToArray();
        await using (var command = EventLogStore.Command(
            connection,
            """SELECT "ColumnNo", "ValueNo", "Kind", "Text", "Integer" FROM "EventLogAttributeValues" WHERE "LogId" = @log ORDER BY "ColumnNo", "ValueNo" """,
            logId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var list = values[reader.GetInt32(0)];
                if (reader.GetInt32(1) != list.Count)
                {
                    throw new InvalidOperationException($"Stored log {logId}: attribute values of column {reader.GetInt32(0)} are not numbered 0, 1, 2, …");
                }

                var kind = Enum.Parse<AttributeKind>(reader.GetString(2));
                list.Add(LogAttributeRows.Value(kind, reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetInt64(4)));
            }
        }

        var eventCount = caseOffsets[^1];
        var rows = columns.Select(c => NewRows(c.Scope == LogAttributeScope.Case ? caseCount : eventCount)).ToArray();
        await using (var command = EventLogStore.Command(
            connection, """SELECT "ColumnNo", "ValueNo", "CaseNo" FROM "EventLogCaseAttributes" WHERE "LogId" = @log""", logId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows[reader.GetInt32(0)][reader.GetInt32(2)] = reader.GetInt32(1);
            }
        }

        if (columns.Any(c => c.Scope == LogAttributeScope.Event))
        {
            await using var command = EventLogStore.Command(
                connection, """SELECT "ColumnNo", "ValueNo", "CaseNo", "Seq" FROM "EventLogEventAttributes" WHERE "LogId" = @log""", logId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (column, value, @case, seq) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
                if (seq == LogAttributeRows.AllOccurrences)
                {
                    rows[column].AsSpan(caseOffsets[@case], caseOffsets[@case + 1] - caseOffsets[@case]).Fill(value);
                }
                else
                {
                    rows[column][caseOffsets[@case] + seq] = value;
                }
            }
        }

        var built = columns.Select((c, i) => (c.Scope, Column: AttributeColumn.FromParts(c.Key, [.. values[i]], rows[i]))).ToList();
        return ([.. built.Where(b => b.Scope == LogAttributeScope.Case).Select(b => b.Column)],
            [.. built.Where(b => b.Scope == LogAttributeScope.Event).Select(b => b.Column)]);
    }

    private static int[] NewRows(int count)
    {
        var rows = new int[count];
        rows.AsSpan().Fill(EventLog.None);
        return rows;
    }
}
