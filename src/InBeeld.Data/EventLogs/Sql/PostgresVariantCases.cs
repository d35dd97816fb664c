namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// The cases that follow one variant, a page at a time, in case order (as the in-memory case list):
/// pseudonyms only — the original case ids are never stored.
/// </summary>
public sealed class PostgresVariantCases(InBeeldDbContext db)
{
    public Task<IReadOnlyList<VariantCase>> PageAsync(
        LogHeader header, LogCaseFilter filter, IReadOnlyList<int> variant, int offset, int limit, CancellationToken cancellationToken) =>
        PageAsync(header, LogRows.Query(filter), variant, offset, limit, cancellationToken);

    public async Task<IReadOnlyList<VariantCase>> PageAsync(
        LogHeader header, LogRows rows, IReadOnlyList<int> variant, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var result = new List<VariantCase>();
        await using var command = await MinerSql.CommandAsync(
            db,
            $"""
            {rows.With},
            sequences AS (SELECT c, array_agg(a ORDER BY pos) AS s, count(*)::int AS n, min(first_start) AS start, max(done) AS high FROM rows GROUP BY c)
            SELECT k."Pseudonym", COALESCE(q.n, 0), COALESCE(q.start, 0), COALESCE(q.high - q.start, 0)
            FROM selected sel
            JOIN "EventLogCases" k ON k."LogId" = @log AND k."CaseNo" = sel.c
            LEFT JOIN sequences q ON q.c = sel.c
            WHERE COALESCE(q.s, ARRAY[]::int[]) = @variant
            ORDER BY sel.c
            LIMIT @limit OFFSET @offset
            """,
            header,
            rows,
            cancellationToken);
        command.Parameters.AddWithValue("variant", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer, variant.ToArray());
        command.Parameters.AddWithValue("limit", NpgsqlTypes.NpgsqlDbType.Integer, limit);
        command.Parameters.AddWithValue("offset", NpgsqlTypes.NpgsqlDbType.Integer, offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new VariantCase(reader.GetGuid(0), reader.GetInt32(1), reader.GetInt64(2), TimeSpan.FromTicks(reader.GetInt64(3))));
        }

        return result;
    }
}
