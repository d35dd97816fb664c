using InBeeld.Core.EventLogs.Mining;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// Mines a stored log inside PostgreSQL, for logs larger than the web server's memory: the
/// directly-follows graph with waiting times, the variants and the waits between organisations,
/// with window functions over each case in order (<c>PARTITION BY case ORDER BY time, seq</c>).
/// Gives exactly what the in-memory miners give on the same log (tested number for number).
/// </summary>
/// <remarks>
/// PostgreSQL does the heavy part — ordering every case, pairing each occurrence with the next,
/// grouping and ranking the waits; only one row per edge, variant or organisation pair comes back.
/// The last arithmetic (mean and percentile interpolation) is done here from the order statistics
/// the database returns, with the same rounding as <see cref="DurationStatistics"/>, because
/// <c>percentile_cont</c> works in floating point and could differ in the last tick.
/// </remarks>
public sealed class PostgresLogMiner(InBeeldDbContext db)
{
    // A case in time order; ties keep the stored sequence (the reader's file order).
    private const string Ordered = """
        SELECT "CaseNo" AS c, "Activity" AS a, "Organization" AS o, "CompleteTicks" AS done,
               row_number() OVER w AS pos,
               lead("Activity") OVER w AS next_a,
               lead("Organization") OVER w AS next_o,
               lead(COALESCE("StartTicks", "CompleteTicks")) OVER w AS next_start
        FROM "EventLogEvents"
        WHERE "LogId" = @log
        WINDOW w AS (PARTITION BY "CaseNo" ORDER BY COALESCE("StartTicks", "CompleteTicks"), "Seq")
        """;

    // Per group (k1, k2): count, cases, sum, min, max, and the order statistics around the median
    // and p90 (Hyndman–Fan 7: 0-based ranks floor((n − 1)·p) and the one after, in float8 as C#
    // computes them). One sort by group, then each group's waits sorted into an array: measured
    // about twice as fast as ranking every wait with row_number() over the whole set.
    private static string Statistics(string cases) => $"""
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

    public async Task<DirectlyFollowsGraph> DfgAsync(Guid logId, CancellationToken cancellationToken)
    {
        var (log, names) = await HeaderAsync(logId, cancellationToken);
        var edges = new List<DfgEdge>();
        await foreach (var group in GroupsAsync(
            $"WITH ordered AS ({Ordered}), pairs AS (SELECT a AS k1, next_a AS k2, c, GREATEST(0, next_start - done) AS wait FROM ordered WHERE next_a IS NOT NULL){Statistics("0")}",
            logId,
            cancellationToken))
        {
            edges.Add(new DfgEdge(group.From, group.To, group.Count, group.Waiting));
        }

        var counts = new int[names.Count];
        var starts = new int[names.Count];
        var ends = new int[names.Count];
        var nonEmpty = 0;
        await using (var command = await CommandAsync(
            $"""
            WITH ordered AS ({Ordered})
            SELECT a, count(*)::int, (count(*) FILTER (WHERE pos = 1))::int, (count(*) FILTER (WHERE next_a IS NULL))::int
            FROM ordered GROUP BY a
            """,
            logId,
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var a = reader.GetInt32(0);
                counts[a] = reader.GetInt32(1);
                starts[a] = reader.GetInt32(2);
                ends[a] = reader.GetInt32(3);
                nonEmpty += starts[a];
            }
        }

        return new DirectlyFollowsGraph
        {
            ActivityNames = names,
            ActivityCounts = counts,
            Edges = [.. edges.OrderByDescending(e => e.Count).ThenBy(e => e.From).ThenBy(e => e.To)],
            StartActivities = Ranked(starts),
            EndActivities = Ranked(ends),
            CaseCount = log.CaseCount,
            EmptyCases = log.CaseCount - nonEmpty,
        };
    }

    /// <summary>Waits between consecutive occurrences at two different, known organisations; as <see cref="OrganizationWaits"/>.</summary>
    public async Task<IReadOnlyList<OrganizationHandover>> OrganizationWaitsAsync(Guid logId, CancellationToken cancellationToken)
    {
        var result = new List<OrganizationHandover>();
        await foreach (var group in GroupsAsync(
            $"""
            WITH ordered AS ({Ordered}),
            pairs AS (
                SELECT o AS k1, next_o AS k2, c, GREATEST(0, next_start - done) AS wait FROM ordered
                WHERE next_a IS NOT NULL AND o IS NOT NULL AND next_o IS NOT NULL AND o <> next_o
            ){Statistics("count(DISTINCT c)")}
            """,
            logId,
            cancellationToken))
        {
            result.Add(new OrganizationHandover(group.From, group.To, group.Count, group.Cases, group.Waiting));
        }

        return [.. result.OrderByDescending(h => h.Count).ThenBy(h => h.From).ThenBy(h => h.To)];
    }

    /// <summary>The variants, ordered as <see cref="VariantMiner"/> orders them (count, then names).</summary>
    public async Task<IReadOnlyList<Variant>> VariantsAsync(Guid logId, CancellationToken cancellationToken)
    {
        var (log, names) = await HeaderAsync(logId, cancellationToken);
        var found = new List<(int[] Activities, int Count, int FirstCase)>();
        await using (var command = await CommandAsync(
            """
            WITH sequences AS (
                SELECT "CaseNo" AS c, array_agg("Activity" ORDER BY COALESCE("StartTicks", "CompleteTicks"), "Seq") AS s
                FROM "EventLogEvents" WHERE "LogId" = @log GROUP BY "CaseNo"
            )
            SELECT s, count(*)::int, min(c) FROM sequences GROUP BY s
            UNION ALL
            SELECT ARRAY[]::int[], count(*)::int, min(k."CaseNo") FROM "EventLogCases" k
            WHERE k."LogId" = @log AND NOT EXISTS (SELECT 1 FROM "EventLogEvents" e WHERE e."LogId" = k."LogId" AND e."CaseNo" = k."CaseNo")
            HAVING count(*) > 0
            """,
            logId,
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetFieldValue<int[]>(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }

        found.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : CompareByName(x.Activities, y.Activities, names));
        return [.. found.Select(v => new Variant(v.Activities, v.Count, log.CaseCount == 0 ? 0 : v.Count / (double)log.CaseCount, v.FirstCase))];
    }

    private static int CompareByName(int[] x, int[] y, IReadOnlyList<string> names)
    {
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var byName = string.CompareOrdinal(names[x[i]], names[y[i]]);
            if (byName != 0)
            {
                return byName;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    private async IAsyncEnumerable<WaitGroup> GroupsAsync(string sql, Guid logId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(sql, logId, cancellationToken);
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

    private async Task<(StoredEventLog Log, IReadOnlyList<string> Activities)> HeaderAsync(Guid logId, CancellationToken cancellationToken)
    {
        var log = await db.EventLogs.AsNoTracking().SingleAsync(l => l.Id == logId, cancellationToken);
        var names = await db.Set<StoredLogName>().AsNoTracking()
            .Where(n => n.LogId == logId && n.Kind == LogNameKind.Activity).OrderBy(n => n.Number).Select(n => n.Name).ToListAsync(cancellationToken);
        return (log, names);
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, Guid logId, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            throw new InvalidOperationException("The database path for event logs needs PostgreSQL; on SQLite load the log into memory.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("log", logId);
        return command;
    }

    private static ActivityCount[] Ranked(int[] counts) =>
        [.. counts.Select((count, index) => new ActivityCount(index, count)).Where(a => a.Count > 0).OrderByDescending(a => a.Count).ThenBy(a => a.Activity)];

    private sealed record WaitGroup(int From, int To, int Count, int Cases, DurationStatistics Waiting);
}
