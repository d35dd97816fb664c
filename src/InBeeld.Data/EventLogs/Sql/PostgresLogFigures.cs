using InBeeld.Core.EventLogs.Mining;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// The log page's other figures inside PostgreSQL: the overview (<see cref="LogStatistics"/>) and
/// drop-out (<see cref="DropOutAnalysis"/>), for the cases a <see cref="LogCaseFilter"/> keeps; the
/// same numbers as in memory (tested). Each case's figures come from its last occurrence in the
/// window pass: its position is the case length, its first start travels along (first_value).
/// </summary>
public sealed class PostgresLogFigures(InBeeldDbContext db)
{
    /// <summary>The overview; <paramref name="variantCount"/> comes from the variants the caller has mined already (counting again would sort every case once more).</summary>
    public Task<LogStatistics> StatisticsAsync(LogHeader header, LogCaseFilter filter, int variantCount, CancellationToken cancellationToken) =>
        StatisticsAsync(header, LogRows.Query(filter), variantCount, cancellationToken);

    public async Task<LogStatistics> StatisticsAsync(LogHeader header, LogRows rows, int variantCount, CancellationToken cancellationToken)
    {
        int cases = 0, nonEmpty = 0, events = 0, shortest = 0, longest = 0;
        long? first = null, last = null;
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With}
            SELECT (SELECT count(*)::int FROM selected), (count(*) FILTER (WHERE next_a IS NULL))::int, count(*)::int,
                   COALESCE(min(pos) FILTER (WHERE next_a IS NULL), 0)::int, COALESCE(max(pos), 0)::int, min(start), max(done)
            FROM rows
            """,
            header,
            rows,
            cancellationToken))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (cases, nonEmpty, events, shortest, longest) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
            first = reader.IsDBNull(5) ? null : reader.GetInt64(5);
            last = reader.IsDBNull(6) ? null : reader.GetInt64(6);
        }

        var throughput = DurationStatistics.Empty;
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"{rows.With}, pairs AS (SELECT 0 AS k1, 0 AS k2, c, GREATEST(0, done - first_start) AS wait FROM rows WHERE next_a IS NULL){MinerSql.Statistics("0")}",
            header,
            rows,
            cancellationToken))
        {
            await foreach (var group in MinerSql.GroupsAsync(command, cancellationToken))
            {
                throughput = group.Waiting;
            }
        }

        var log = header.Log;
        return new LogStatistics
        {
            SourceName = log.SourceName,
            Cases = cases,
            EmptyCases = cases - nonEmpty,
            Events = events,
            Activities = header.Activities.Count,
            Resources = header.Resources.Count,
            Organizations = header.Organizations.Count,
            Variants = variantCount,
            FirstEvent = events == 0 ? null : new DateTime(first!.Value, DateTimeKind.Utc),
            LastEvent = events == 0 ? null : new DateTime(last!.Value, DateTimeKind.Utc),
            MinEventsPerCase = nonEmpty < cases ? 0 : shortest,
            MaxEventsPerCase = longest,
            MeanEventsPerCase = cases == 0 ? 0 : events / (double)cases,
            Throughput = throughput,
            SkippedLifecycleEvents = log.SkippedLifecycleEvents,
            HasStartTimes = log.HasStartTimes,
            HeldBytes = HeldBytes(header, cases, events),
        };
    }

    /// <summary>Cases without an outcome at the end, as <see cref="DropOutAnalysis.Compute"/>; outcome names are matched as there (trimmed, ordinal).</summary>
    public Task<DropOutReport> DropOutAsync(LogHeader header, LogCaseFilter filter, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod, CancellationToken cancellationToken) =>
        DropOutAsync(header, LogRows.Query(filter), outcomes, quietPeriod, cancellationToken);

    public async Task<DropOutReport> DropOutAsync(LogHeader header, LogRows rows, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        var outcomeNumbers = new List<int>();
        var unknown = new List<string>();
        foreach (var name in outcomes)
        {
            var index = IndexOf(header.Activities, name.Trim());
            if (index < 0)
            {
                unknown.Add(name);
            }
            else
            {
                outcomeNumbers.Add(index);
            }
        }

        // Groups: 0 = by last activity, 1 = by last organisation, 2 = all drop-outs, 3 = ended with an
        // outcome, 4 = still running (quiet too short), 5 = every selected case (empty ones too).
        var groups = new Dictionary<(int, int), MinerSql.WaitGroup>();
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With},
            lasts AS (
                SELECT c, a, o, GREATEST(0, done - first_start) AS wait,
                       CASE WHEN a = ANY(@outcomes) THEN 3 WHEN (SELECT max(done) FROM rows) - done < @quiet THEN 4 ELSE 0 END AS kind
                FROM rows WHERE next_a IS NULL
            ),
            pairs AS (
                SELECT 0 AS k1, a AS k2, c, wait FROM lasts WHERE kind = 0
                UNION ALL SELECT 1, o, c, wait FROM lasts WHERE kind = 0 AND o IS NOT NULL
                UNION ALL SELECT 2, 0, c, wait FROM lasts WHERE kind = 0
                UNION ALL SELECT kind, 0, c, 0::bigint FROM lasts WHERE kind <> 0
                UNION ALL SELECT 5, 0, c, 0::bigint FROM selected
            ){MinerSql.Statistics("0")}
            """,
            header,
            rows,
            cancellationToken))
        {
            command.Parameters.AddWithValue("outcomes", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer, outcomeNumbers.ToArray());
            command.Parameters.AddWithValue("quiet", NpgsqlTypes.NpgsqlDbType.Bigint, quietPeriod.Ticks);
            await foreach (var group in MinerSql.GroupsAsync(command, cancellationToken))
            {
                groups[(group.From, group.To)] = group;
            }
        }

        int Count(int kind) => groups.TryGetValue((kind, 0), out var g) ? g.Count : 0;
        var dropped = Count(2);
        var cases = Count(5);
        DropOutPoint[] Points(int kind) =>
            [.. groups.Values.Where(g => g.From == kind)
                .Select(g => new DropOutPoint(g.To, g.Count, dropped == 0 ? 0 : g.Count / (double)dropped, g.Waiting))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Index)];
        return new DropOutReport
        {
            Cases = cases,
            EmptyCases = cases - Count(2) - Count(3) - Count(4),
            WithOutcome = Count(3),
            Running = Count(4),
            DroppedOut = dropped,
            ByLastActivity = Points(0),
            ByLastOrganization = Points(1),
            TimeUnderWay = groups.TryGetValue((2, 0), out var all) ? all.Waiting : DurationStatistics.Empty,
            UnknownOutcomes = unknown,
        };
    }

    /// <summary>What the filtered log would hold in memory, by the formula of <c>EventLog.HeldBytes</c> (attributes are not stored).</summary>
    private static long HeldBytes(LogHeader header, int cases, int events)
    {
        var bytes = (cases * 16L) + ((cases + 1) * 4L) + (events * 12L) + (events * 8L) + (header.Log.HasStartTimes ? events * 8L : 0);
        foreach (var name in header.Activities.Concat(header.Resources).Concat(header.Organizations))
        {
            bytes += 24 + (name.Length * 2L);
        }

        return bytes;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
