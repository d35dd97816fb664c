using System.Text;
using InBeeld.Core.EventLogs.Model;
using StoredColumn = (int ColumnNo, InBeeld.Data.EventLogs.LogAttributeScope Scope, InBeeld.Core.EventLogs.Model.AttributeColumn Column);
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// SQLite: one multi-row INSERT per table, prepared once and re-bound for each batch of rows, in the
/// caller's transaction (the same connection, so the statements run inside it). Values are bound by
/// position on the native statement: Microsoft.Data.Sqlite looks every parameter up by name on each
/// execution and boxes every value, which cost more than SQLite itself (about 900 bytes allocated per
/// event). The log id is bound once per statement, as text in EF's format (upper case), so EF reads
/// the rows back.
/// </summary>
internal sealed class SqliteLogRowWriter(SqliteConnection connection) : LogRowWriter
{
    internal const int RowsPerStatement = 64;

    private static readonly string[] EventColumns = ["CaseNo", "Seq", "Activity", "Resource", "Organization", "StartTicks", "CompleteTicks"];
    private static readonly string[] CaseColumns = ["CaseNo", "Pseudonym"];
    private static readonly string[] ValueColumns = ["ColumnNo", "ValueNo", "Kind", "Text", "Integer", "Float"];
    private static readonly string[] CaseAttributeColumns = ["ColumnNo", "ValueNo", "CaseNo"];
    private static readonly string[] EventAttributeColumns = ["ColumnNo", "ValueNo", "CaseNo", "Seq"];
    private static readonly string[] KindNames = Enum.GetNames<AttributeKind>();

    public override Task WriteCasesAsync(Guid logId, EventLog log, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var ids = log.CaseIds.ToArray();
        using var full = Prepare(db, "EventLogCases", CaseColumns, RowsPerStatement, logId);
        for (var start = 0; start < ids.Length; start += RowsPerStatement)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(RowsPerStatement, ids.Length - start);
            using var tail = count == RowsPerStatement ? null : Prepare(db, "EventLogCases", CaseColumns, count, logId);
            var statement = tail ?? full;
            for (var i = 0; i < count; i++)
            {
                var at = 2 + (i * CaseColumns.Length);
                Check(db, raw.sqlite3_bind_int(statement, at, start + i));
                Check(db, raw.sqlite3_bind_text(statement, at + 1, GuidText(ids[start + i])));
            }

            Execute(db, statement);
        }

        return Task.CompletedTask;
    }

    public override Task WriteEventsAsync(Guid logId, EventLog log, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        using var full = Prepare(db, "EventLogEvents", EventColumns, RowsPerStatement, logId);
        var pending = new (int Case, int Row, int Seq)[RowsPerStatement];
        var count = 0;
        long written = 0;
        foreach (var item in Rows(log))
        {
            pending[count++] = item;
            if (count == RowsPerStatement)
            {
                BindAndExecute(db, full, pending.AsSpan(0, count), log);
                written += count;
                count = 0;
                if (written % ReportEvery == 0)
                {
                    progress?.Report(written);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (count > 0)
        {
            // The last, shorter batch gets a statement of its own size.
            using var tail = Prepare(db, "EventLogEvents", EventColumns, count, logId);
            BindAndExecute(db, tail, pending.AsSpan(0, count), log);
        }

        progress?.Report(log.EventCount);
        return Task.CompletedTask;
    }

    public override Task WriteAttributeValuesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var values = new List<(int ColumnNo, int ValueNo, AttributeValue Value)>();
        foreach (var (columnNo, _, column) in columns)
        {
            for (var v = 0; v < column.Values.Length; v++)
            {
                values.Add((columnNo, v, column.Values[v]));
            }
        }

        using var full = Prepare(db, "EventLogAttributeValues", ValueColumns, RowsPerStatement, logId);
        for (var start = 0; start < values.Count; start += RowsPerStatement)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(RowsPerStatement, values.Count - start);
            using var tail = count == RowsPerStatement ? null : Prepare(db, "EventLogAttributeValues", ValueColumns, count, logId);
            var statement = tail ?? full;
            for (var i = 0; i < count; i++)
            {
                var (columnNo, valueNo, value) = values[start + i];
                var (text, integer, number) = LogAttributeRows.Fields(value);
                var at = 2 + (i * ValueColumns.Length);
                Check(db, raw.sqlite3_bind_int(statement, at, columnNo));
                Check(db, raw.sqlite3_bind_int(statement, at + 1, valueNo));
                Check(db, raw.sqlite3_bind_text(statement, at + 2, KindNames[(int)value.Kind]));
                Check(db, text is null ? raw.sqlite3_bind_null(statement, at + 3) : raw.sqlite3_bind_text(statement, at + 3, text));
                Check(db, integer is { } n ? raw.sqlite3_bind_int64(statement, at + 4, n) : raw.sqlite3_bind_null(statement, at + 4));
                Check(db, number is { } f ? raw.sqlite3_bind_double(statement, at + 5, f) : raw.sqlite3_bind_null(statement, at + 5));
            }

            Execute(db, statement);
        }

        return Task.CompletedTask;
    }

    public override Task WriteCaseAttributesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        using var rows = new SqliteIntRows(db, "EventLogCaseAttributes", CaseAttributeColumns, logId);
        foreach (var (columnNo, valueNo, @case) in CaseAttributeRows(columns, cancellationToken))
        {
            rows.Add(columnNo, valueNo, @case);
        }

        rows.Complete();
        return Task.CompletedTask;
    }

    public override Task WriteEventAttributesAsync(Guid logId, EventLog log, IReadOnlyList<StoredColumn> columns, IProgress<long>? progress, long written, CancellationToken cancellationToken)
    {
        if (!columns.Any(c => c.Scope == LogAttributeScope.Event))
        {
            return Task.CompletedTask;
        }

        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        using var rows = new SqliteIntRows(db, "EventLogEventAttributes", EventAttributeColumns, logId);
        foreach (var (columnNo, scope, column) in columns)
        {
            if (scope != LogAttributeScope.Event)
            {
                continue;
            }

            var (values, cases, seqs) = LogAttributeRows.EventRows(log, column);
            for (var i = 0; i < values.Length; i++)
            {
                rows.Add(columnNo, values[i], cases[i], seqs[i]);
                if (++written % ReportEvery == 0)
                {
                    progress?.Report(written);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        rows.Complete();
        progress?.Report(written);
        return Task.CompletedTask;
    }

    private static void BindAndExecute(sqlite3 db, sqlite3_stmt statement, ReadOnlySpan<(int Case, int Row, int Seq)> rows, EventLog log)
    {
        var activity = log.Activity;
        var resource = log.Resource;
        var organization = log.Organization;
        var start = log.Start;
        var complete = log.Complete;
        for (var i = 0; i < rows.Length; i++)
        {
            var (@case, row, seq) = rows[i];
            var at = 2 + (i * EventColumns.Length);
            Check(db, raw.sqlite3_bind_int(statement, at, @case));
            Check(db, raw.sqlite3_bind_int(statement, at + 1, seq));
            Check(db, raw.sqlite3_bind_int(statement, at + 2, activity[row]));
            Check(db, resource[row] == EventLog.None ? raw.sqlite3_bind_null(statement, at + 3) : raw.sqlite3_bind_int(statement, at + 3, resource[row]));
            Check(db, organization[row] == EventLog.None ? raw.sqlite3_bind_null(statement, at + 4) : raw.sqlite3_bind_int(statement, at + 4, organization[row]));
            Check(db, start[row] == complete[row] ? raw.sqlite3_bind_null(statement, at + 5) : raw.sqlite3_bind_int64(statement, at + 5, start[row]));
            Check(db, raw.sqlite3_bind_int64(statement, at + 6, complete[row]));
        }

        Execute(db, statement);
    }

    internal static void Execute(sqlite3 db, sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }

        Check(db, raw.sqlite3_reset(statement));
    }

    /// <summary>INSERT … VALUES (?1, ?, …), (?1, ?, …): parameter 1 is the log id, shared by every row and bound once.</summary>
    internal static sqlite3_stmt Prepare(sqlite3 db, string table, string[] columns, int rows, Guid logId)
    {
        var text = new StringBuilder("INSERT INTO \"").Append(table).Append("\" (\"LogId\"");
        foreach (var column in columns)
        {
            text.Append(", \"").Append(column).Append('"');
        }

        text.Append(") VALUES ");
        var number = 2;
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(?1" : ", (?1");
            for (var c = 0; c < columns.Length; c++)
            {
                text.Append(", ?").Append(number++);
            }

            text.Append(')');
        }

        Check(db, raw.sqlite3_prepare_v2(db, text.ToString(), out var statement));
        Check(db, raw.sqlite3_bind_text(statement, 1, GuidText(logId)));
        return statement;
    }

    internal static void Check(sqlite3 db, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>EF Core's SQLite mapping stores a Guid as upper-case text.</summary>
    private static string GuidText(Guid id) => id.ToString().ToUpperInvariant();
}
