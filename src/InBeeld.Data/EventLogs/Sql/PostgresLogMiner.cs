using InBeeld.Core.EventLogs.Mining;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// Mines a stored log inside PostgreSQL, for logs larger than the web server's memory: the
/// directly-follows graph with waiting times, the variants and the waits between organisations,
/// with window functions over each case in order (<c>PARTITION BY case ORDER BY seq</c>), for the
/// cases a <see cref="LogCaseFilter"/> keeps. Gives exactly what the in-memory miners give on the
/// same (filtered) log (tested number for number). Statistics and drop-out: <see cref="PostgresLogFigures"/>.
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
    public Task<DirectlyFollowsGraph> DfgAsync(Guid logId, CancellationToken cancellationToken) => DfgAsync(logId, LogCaseFilter.None, cancellationToken);

    public async Task<DirectlyFollowsGraph> DfgAsync(Guid logId, LogCaseFilter filter, CancellationToken cancellationToken) =>
        await DfgAsync(await MinerSql.HeaderAsync(db, logId, cancellationToken), filter, cancellationToken);

    public Task<DirectlyFollowsGraph> DfgAsync(LogHeader header, LogCaseFilter filter, CancellationToken cancellationToken) =>
        DfgAsync(header, LogRows.Query(filter), cancellationToken);

    public async Task<DirectlyFollowsGraph> DfgAsync(LogHeader header, LogRows rows, CancellationToken cancellationToken)
    {
        var names = header.Activities;
        var edges = new List<DfgEdge>();
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"{rows.With}, pairs AS (SELECT a AS k1, next_a AS k2, c, GREATEST(0, next_start - done) AS wait FROM rows WHERE next_a IS NOT NULL){MinerSql.Statistics("0")}",
            header,
            rows,
            cancellationToken))
        {
            await foreach (var group in MinerSql.GroupsAsync(command, cancellationToken))
            {
                edges.Add(new DfgEdge(group.From, group.To, group.Count, group.Waiting));
            }
        }

        var counts = new int[names.Count];
        var starts = new int[names.Count];
        var ends = new int[names.Count];
        var nonEmpty = 0;
        var cases = 0;
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With}
            SELECT a, count(*)::int, (count(*) FILTER (WHERE pos = 1))::int, (count(*) FILTER (WHERE next_a IS NULL))::int
            FROM rows GROUP BY a
            UNION ALL
            SELECT -1, count(*)::int, 0, 0 FROM selected
            """,
            header,
            rows,
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var a = reader.GetInt32(0);
                if (a < 0)
                {
                    cases = reader.GetInt32(1);
                    continue;
                }

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
            CaseCount = cases,
            EmptyCases = cases - nonEmpty,
        };
    }

    /// <summary>Waits between consecutive occurrences at two different, known organisations; as <see cref="OrganizationWaits"/>.</summary>
    public Task<IReadOnlyList<OrganizationHandover>> OrganizationWaitsAsync(Guid logId, CancellationToken cancellationToken) =>
        OrganizationWaitsAsync(logId, LogCaseFilter.None, cancellationToken);

    public async Task<IReadOnlyList<OrganizationHandover>> OrganizationWaitsAsync(Guid logId, LogCaseFilter filter, CancellationToken cancellationToken) =>
        await OrganizationWaitsAsync(await MinerSql.HeaderAsync(db, logId, cancellationToken), filter, cancellationToken);

    public Task<IReadOnlyList<OrganizationHandover>> OrganizationWaitsAsync(LogHeader header, LogCaseFilter filter, CancellationToken cancellationToken) =>
        OrganizationWaitsAsync(header, LogRows.Query(filter), cancellationToken);

    public async Task<IReadOnlyList<OrganizationHandover>> OrganizationWaitsAsync(LogHeader header, LogRows rows, CancellationToken cancellationToken)
    {
        var result = new List<OrganizationHandover>();
        await using var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With},
            pairs AS (
                SELECT o AS k1, next_o AS k2, c, GREATEST(0, next_start - done) AS wait FROM rows
                WHERE next_a IS NOT NULL AND o IS NOT NULL AND next_o IS NOT NULL AND o <> next_o
            ){MinerSql.Statistics("count(DISTINCT c)")}
            """,
            header,
            rows,
            cancellationToken);
        await foreach (var group in MinerSql.GroupsAsync(command, cancellationToken))
        {
            result.Add(new OrganizationHandover(group.From, group.To, group.Count, group.Cases, group.Waiting));
        }

        return [.. result.OrderByDescending(h => h.Count).ThenBy(h => h.From).ThenBy(h => h.To)];
    }

    /// <summary>The variants, ordered as <see cref="VariantMiner"/> orders them (count, then names); first case numbered within the filtered log.</summary>
    public Task<IReadOnlyList<Variant>> VariantsAsync(Guid logId, CancellationToken cancellationToken) => VariantsAsync(logId, LogCaseFilter.None, cancellationToken);

    public async Task<IReadOnlyList<Variant>> VariantsAsync(Guid logId, LogCaseFilter filter, CancellationToken cancellationToken) =>
        await VariantsAsync(await MinerSql.HeaderAsync(db, logId, cancellationToken), filter, cancellationToken);

    public Task<IReadOnlyList<Variant>> VariantsAsync(LogHeader header, LogCaseFilter filter, CancellationToken cancellationToken) =>
        VariantsAsync(header, LogRows.Query(filter), cancellationToken);

    public async Task<IReadOnlyList<Variant>> VariantsAsync(LogHeader header, LogRows rows, CancellationToken cancellationToken)
    {
        var names = header.Activities;
        var found = new List<(int[] Activities, int Count, int FirstCase)>();
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With},
            sequences AS (SELECT c, array_agg(a ORDER BY pos) AS s FROM rows GROUP BY c)
            SELECT COALESCE(q.s, ARRAY[]::int[]), count(*)::int, min(k.idx)::int
            FROM selected k LEFT JOIN sequences q USING (c)
            GROUP BY 1
            """,
            header,
            rows,
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found.Add((reader.GetFieldValue<int[]>(0), reader.GetInt32(1), reader.GetInt32(2)));
            }
        }

        var cases = found.Sum(v => v.Count);
        found.Sort((x, y) => x.Count != y.Count ? y.Count.CompareTo(x.Count) : CompareByName(x.Activities, y.Activities, names));
        return [.. found.Select(v => new Variant(v.Activities, v.Count, cases == 0 ? 0 : v.Count / (double)cases, v.FirstCase))];
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

    private static ActivityCount[] Ranked(int[] counts) =>
        [.. counts.Select((count, index) => new ActivityCount(index, count)).Where(a => a.Count > 0).OrderByDescending(a => a.Count).ThenBy(a => a.Activity)];
}
