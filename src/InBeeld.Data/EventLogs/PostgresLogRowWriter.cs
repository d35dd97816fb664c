using InBeeld.Core.EventLogs.Model;
using StoredColumn = (int ColumnNo, InBeeld.Data.EventLogs.LogAttributeScope Scope, InBeeld.Core.EventLogs.Model.AttributeColumn Column);
using Npgsql;
using NpgsqlTypes;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// PostgreSQL: binary COPY (<see cref="NpgsqlBinaryImporter"/>) straight into the tables, inside
/// the caller's transaction, so a failure rolls the whole log back.
/// </summary>
internal sealed class PostgresLogRowWriter(NpgsqlConnection connection) : LogRowWriter
{
    private static readonly string[] KindNames = Enum.GetNames<AttributeKind>();

    public override async Task WriteCasesAsync(Guid logId, EventLog log, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """COPY "EventLogCases" ("LogId", "CaseNo", "Pseudonym") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        for (var c = 0; c < log.CaseCount; c++)
        {
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(logId, NpgsqlDbType.Uuid, cancellationToken);
            await importer.WriteAsync(c, NpgsqlDbType.Integer, cancellationToken);
            await importer.WriteAsync(log.CaseIds[c], NpgsqlDbType.Uuid, cancellationToken);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public override async Task WriteEventsAsync(Guid logId, EventLog log, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """
            COPY "EventLogEvents" ("LogId", "CaseNo", "Seq", "Activity", "Resource", "Organization", "StartTicks", "CompleteTicks")
            FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        long written = 0;
        foreach (var (@case, row, seq) in Rows(log))
        {
            // Synchronous writes: the importer buffers and only flushes when its buffer is full,
            // so awaiting each value would cost a state machine per value for nothing.
            importer.StartRow();
            importer.Write(logId, NpgsqlDbType.Uuid);
            importer.Write(@case, NpgsqlDbType.Integer);
            importer.Write(seq, NpgsqlDbType.Integer);
            importer.Write(log.Activity[row], NpgsqlDbType.Integer);
            WriteIndex(importer, log.Resource[row]);
            WriteIndex(importer, log.Organization[row]);
            var start = log.Start[row];
            var complete = log.Complete[row];
            if (start == complete)
            {
                importer.WriteNull();
            }
            else
            {
                importer.Write(start, NpgsqlDbType.Bigint);
            }

            importer.Write(complete, NpgsqlDbType.Bigint);
            if (++written % ReportEvery == 0)
            {
                progress?.Report(written);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await importer.CompleteAsync(cancellationToken);
        progress?.Report(written);
    }

    public override async Task WriteAttributeValuesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """COPY "EventLogAttributeValues" ("LogId", "ColumnNo", "ValueNo", "Kind", "Text", "Integer", "Float") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var (columnNo, _, column) in columns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var values = column.Values;
            for (var v = 0; v < values.Length; v++)
            {
                var (text, integer, number) = LogAttributeRows.Fields(values[v]);
                importer.StartRow();
                importer.Write(logId, NpgsqlDbType.Uuid);
                importer.Write(columnNo, NpgsqlDbType.Integer);
                importer.Write(v, NpgsqlDbType.Integer);
                importer.Write(KindNames[(int)values[v].Kind], NpgsqlDbType.Text);
                WriteNullable(importer, text, NpgsqlDbType.Text);
                WriteNullable(importer, integer, NpgsqlDbType.Bigint);
                WriteNullable(importer, number, NpgsqlDbType.Double);
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public override async Task WriteCaseAttributesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            """COPY "EventLogCaseAttributes" ("LogId", "ColumnNo", "ValueNo", "CaseNo") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var (columnNo, valueNo, @case) in CaseAttributeRows(columns, cancellationToken))
        {
            importer.StartRow();
            importer.Write(logId, NpgsqlDbType.Uuid);
            importer.Write(columnNo, NpgsqlDbType.Integer);
            importer.Write(valueNo, NpgsqlDbType.Integer);
            importer.Write(@case, NpgsqlDbType.Integer);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public override async Task WriteEventAttributesAsync(Guid logId, EventLog log, IReadOnlyList<StoredColumn> columns, IProgress<long>? progress, long written, CancellationToken cancellationToken)
    {
        if (!columns.Any(c => c.Scope == LogAttributeScope.Event))
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync(
            """COPY "EventLogEventAttributes" ("LogId", "ColumnNo", "ValueNo", "CaseNo", "Seq") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        foreach (var (columnNo, scope, column) in columns)
        {
            if (scope != LogAttributeScope.Event)
            {
                continue;
            }

            var (values, cases, seqs) = LogAttributeRows.EventRows(log, column);
            for (var i = 0; i < values.Length; i++)
            {
                importer.StartRow();
                importer.Write(logId, NpgsqlDbType.Uuid);
                importer.Write(columnNo, NpgsqlDbType.Integer);
                importer.Write(values[i], NpgsqlDbType.Integer);
                importer.Write(cases[i], NpgsqlDbType.Integer);
                importer.Write(seqs[i], NpgsqlDbType.Integer);
                if (++written % ReportEvery == 0)
                {
                    progress?.Report(written);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
        progress?.Report(written);
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            importer.Write(present, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteIndex(NpgsqlBinaryImporter importer, int index)
    {
        if (index == EventLog.None)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(index, NpgsqlDbType.Integer);
        }
    }
}
