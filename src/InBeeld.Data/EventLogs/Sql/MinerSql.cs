using InBeeld.Core.EventLogs.Mining;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>What the database-path queries share: the connection, the log's header, and durations from order statistics.</summary>
internal static class MinerSql
{
    /// <summary>
    /// Per group (k1, k2) of a CTE <c>pairs (k1, k2, c, wait)</c>: count, cases, sum, min, max, and
    /// the order statistics around the median and p90 (Hyndman–Fan 7: 0-based ranks floor((n − 1)·p)
    /// and the one after, in float8 as C# computes them). One sort by group, then each group's waits
    /// sorted into an array: measured about twice as fast as ranking every wait with row_number().
    /// </summary>
    public static string Statistics(string cases) => $"""
        , grouped AS (
            SELECT k1, k2, count(*) AS n, {cases} AS cases, sum(wait) AS total, min(wait) AS low, max(wait) AS high,
                   array_agg(wait ORDER BY wait) AS w
            FROM pairs GROUP BY k1, k2
        )
        SELECT k1, k2, n::int, cases::int, total, low, high,
               w[floor((n - 1)::float8 * 0.5::float8)::int + 1], w[floor((n - 1)::float8 * 0.5::float8)::int + 2],
               w[floor((n - 1)::float8 * 0.9::float8)::int + 1], w[floor((n - 1)::float8 * 0.9::float8)::int + 2]
        FROM grouped
        """;

    public static async Task<LogHeader> HeaderAsync(InBeeldDbContext db, Guid logId, CancellationToken cancellationToken) =>
        await new LogHeaderQuery(db).GetAsync(logId, cancellationToken) ?? throw new InvalidOperationException($"No stored log {logId}.");

    /// <summary>A command on the context's connection with the log id (and the filter, when the rows are computed in the query) bound.</summary>
    public static async Task<NpgsqlCommand> CommandAsync(InBeeldDbContext db, string sql, LogHeader header, LogRows rows, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            throw new InvalidOperationException("The database path for event logs needs PostgreSQL; on SQLite load the log into memory.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        // Minutes, not the default 30 s: a log larger than memory takes its time; a closed page cancels the query.
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        command.Parameters.AddWithValue("log", header.Log.Id);
        if (rows.BindsFilter)
        {
            CaseSelection.Bind(command, rows.Filter, header.Activities);
        }

        return command;
    }

    /// <summary>Reads the rows of a <see cref="Statistics"/> query.</summary>
    public static async IAsyncEnumerable<WaitGroup> GroupsAsync(NpgsqlCommand command, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var n = reader.GetInt32(2);
            var sum = reader.GetDecimal(4);
            var median = Percentile(n, 0.5, reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetInt64(8));
            var p90 = Percentile(n, 0.9, reader.GetInt64(9), reader.IsDBNull(10) ? null : reader.GetInt64(10));
            var waiting = new DurationStatistics(
                n, TimeSpan.FromTicks((long)Math.Round(sum / n)), median, p90, TimeSpan.FromTicks(reader.GetInt64(5)), TimeSpan.FromTicks(reader.GetInt64(6)));
            yield return new WaitGroup(reader.GetInt32(0), reader.GetInt32(1), n, reader.GetInt32(3), waiting);
        }
    }

    /// <summary>Hyndman–Fan 7 from the two order statistics around rank (n − 1)·p, rounded as <see cref="DurationStatistics"/> does.</summary>
    private static TimeSpan Percentile(int n, double p, long lower, long? upper)
    {
        var rank = (n - 1) * p;
        var k = (int)Math.Floor(rank);
        var fraction = rank - k;
        return fraction == 0 || k + 1 >= n || upper is null
            ? TimeSpan.FromTicks(lower)
            : TimeSpan.FromTicks(lower + (long)Math.Round((upper.Value - lower) * fraction));
    }

    public sealed record WaitGroup(int From, int To, int Count, int Cases, DurationStatistics Waiting);
}
