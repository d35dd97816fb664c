using InBeeld.Core.EventLogs.Comparison;
using InBeeld.Core.EventLogs.Model;
using NpgsqlTypes;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// The log's side of "beside the interviews" inside PostgreSQL: handovers between the study's
/// organisations once activities, log organisations and resources are mapped (activity first, as in
/// <see cref="HandoverComparison"/>), their waits, and the drop-outs counted against each case's last
/// handover. Equal to <see cref="HandoverComparison.FromLog"/> on the same log (tested).
/// </summary>
public sealed class PostgresHandovers(InBeeldDbContext db)
{
    public async Task<LogHandovers> FromLogAsync(
        LogHeader header, LogRows rows, EventLogMapping mapping, IReadOnlyCollection<string> outcomes, TimeSpan quietPeriod, CancellationToken cancellationToken)
    {
        // The study's organisations by number for the query; names map to a number or -1.
        var organizations = mapping.OrganizationByActivity.Values.Concat(mapping.OrganizationByLogOrganization.Values).Concat(mapping.OrganizationByResource.Values)
            .Distinct().ToList();
        int[] Numbers(IReadOnlyList<string> names, IReadOnlyDictionary<string, Guid> map) =>
            [.. names.Select(n => map.TryGetValue(n, out var id) ? organizations.IndexOf(id) : -1)];
        var outcomeNumbers = header.Activities.Select((name, a) => (name, a)).Where(p => outcomes.Contains(p.name)).Select(p => p.a).ToArray();

        const string Pair = "m IS NOT NULL AND next_m IS NOT NULL AND m <> next_m";
        var mapped = $"""
            {rows.With},
            mapped AS (
                SELECT c, pos, done, next_start,
                       COALESCE(NULLIF((@by_a)[a + 1], -1), NULLIF((@by_o)[o + 1], -1), NULLIF((@by_r)[r + 1], -1)) AS m,
                       CASE WHEN next_a IS NULL THEN NULL
                            ELSE COALESCE(NULLIF((@by_a)[next_a + 1], -1), NULLIF((@by_o)[next_o + 1], -1), NULLIF((@by_r)[next_r + 1], -1)) END AS next_m
                FROM rows
            )
            """;
        var waits = new Dictionary<(int, int), MinerSql.WaitGroup>();
        await using (var command = await MinerSql.CommandAsync(
            db, $"{mapped}, pairs AS (SELECT m AS k1, next_m AS k2, c, GREATEST(0, next_start - done) AS wait FROM mapped WHERE {Pair}){MinerSql.Statistics("count(DISTINCT c)")}", header, rows, cancellationToken))
        {
            Bind(command);
            await foreach (var group in MinerSql.GroupsAsync(command, cancellationToken))
            {
                waits[(group.From, group.To)] = group;
            }
        }

        // Drop-outs: -1 = all dropped cases, -2 = all cases; otherwise per last handover of a dropped case.
        var dropped = new Dictionary<(int, int), int>();
        await using (var command = await MinerSql.CommandAsync(
            db,
            $"""
            {mapped},
            last_pairs AS (SELECT DISTINCT ON (c) c, m, next_m FROM mapped WHERE {Pair} ORDER BY c, pos DESC),
            gone AS (
                SELECT c FROM rows
                WHERE next_a IS NULL AND NOT (a = ANY(@outcomes)) AND (SELECT max(done) FROM rows) - done >= @quiet
            )
            SELECT -1, -1, count(*)::int FROM gone
            UNION ALL SELECT -2, -2, count(*)::int FROM selected
            UNION ALL SELECT l.m, l.next_m, count(*)::int FROM gone JOIN last_pairs l USING (c) GROUP BY l.m, l.next_m
            """,
            header,
            rows,
            cancellationToken))
        {
            Bind(command);
            command.Parameters.AddWithValue("outcomes", NpgsqlDbType.Array | NpgsqlDbType.Integer, outcomeNumbers);
            command.Parameters.AddWithValue("quiet", NpgsqlDbType.Bigint, quietPeriod.Ticks);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dropped[(reader.GetInt32(0), reader.GetInt32(1))] = reader.GetInt32(2);
            }
        }

        var pairs = waits.ToDictionary(
            w => (organizations[w.Key.Item1], organizations[w.Key.Item2]),
            w => new LogHandover(w.Value.Count, w.Value.Cases, w.Value.Waiting, dropped.GetValueOrDefault(w.Key)));
        return new LogHandovers(dropped.GetValueOrDefault((-2, -2)), dropped.GetValueOrDefault((-1, -1)), pairs);

        void Bind(Npgsql.NpgsqlCommand command)
        {
            command.Parameters.AddWithValue("by_a", NpgsqlDbType.Array | NpgsqlDbType.Integer, Numbers(header.Activities, mapping.OrganizationByActivity));
            command.Parameters.AddWithValue("by_o", NpgsqlDbType.Array | NpgsqlDbType.Integer, Numbers(header.Organizations, mapping.OrganizationByLogOrganization));
            command.Parameters.AddWithValue("by_r", NpgsqlDbType.Array | NpgsqlDbType.Integer, Numbers(header.Resources, mapping.OrganizationByResource));
        }
    }
}
