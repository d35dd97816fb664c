using InBeeld.Core.EventLogs.Model;
using Npgsql;
using NpgsqlTypes;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// PostgreSQL: binary COPY (<see cref="NpgsqlBinaryImporter"/>) straight into the tables, inside
/// the caller's transaction, so a failure rolls the whole log back.
/// </summary>
internal sealed class PostgresLogRowWriter(NpgsqlConnection connection) : LogRowWriter
{
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
