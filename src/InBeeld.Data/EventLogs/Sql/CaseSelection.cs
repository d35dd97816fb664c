using Npgsql;
using NpgsqlTypes;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// The common start of every database-path query: the log's occurrences in case order with what the
/// figures need from their neighbours (<c>ordered</c>), the cases the filter keeps with their number
/// in the filtered log (<c>selected</c>: c, idx), and the occurrences of those cases (<c>rows</c>).
/// </summary>
/// <remarks>
/// <para>Order within a case is the stored sequence number: the in-memory log is loaded by
/// (case, seq), and the reader stored occurrences by start time, file order breaking ties. Ordering
/// by seq alone lets PostgreSQL read the primary key (log, case, seq) in order instead of sorting.</para>
/// <para>Filtering keeps or drops whole cases, so a kept case's window values (next activity, first
/// start) are the same as in the unfiltered log: <c>ordered</c> is computed once over the log and
/// joined with the selection.</para>
/// <para>Conditions on a case itself go into <c>candidates</c>. A later filter on stored case
/// attributes belongs there too (a join or <c>EXISTS</c> on the attribute table by log and case
/// number), so that, as in memory, it applies before the top variants are ranked.</para>
/// </remarks>
internal static class CaseSelection
{
    private const string Ordered = """
        ordered AS (
            SELECT "CaseNo" AS c, "Activity" AS a, "Organization" AS o, "Resource" AS r, "CompleteTicks" AS done,
                   COALESCE("StartTicks", "CompleteTicks") AS start,
                   row_number() OVER w AS pos,
                   lead("Activity") OVER w AS next_a,
                   lead("Organization") OVER w AS next_o,
                   lead("Resource") OVER w AS next_r,
                   lead(COALESCE("StartTicks", "CompleteTicks")) OVER w AS next_start,
                   first_value(COALESCE("StartTicks", "CompleteTicks")) OVER w AS first_start
            FROM "EventLogEvents"
            WHERE "LogId" = @log
            WINDOW w AS (PARTITION BY "CaseNo" ORDER BY "Seq")
        )
        """;

    /// <summary>The <c>WITH</c> clause: ordered, selected (c, idx) and rows; a query goes on with <c>, next AS (...)</c> or a SELECT.</summary>
    public static string With(LogCaseFilter filter)
    {
        if (!filter.SelectsCases)
        {
            return $"""
                WITH {Ordered},
                selected AS (SELECT "CaseNo" AS c, "CaseNo" AS idx FROM "EventLogCases" WHERE "LogId" = @log),
                rows AS (SELECT * FROM ordered)
                """;
        }

        var window = filter.HasTimeWindow
            ? $"""
               JOIN ordered l ON l.c = k."CaseNo" AND l.next_a IS NULL{(filter.From is null ? "" : " AND l.done >= @from")}{(filter.To is null ? "" : " AND l.first_start <= @to")}
               """
            : "";
        var kept = "candidates";
        var top = "";
        if (filter.HasTopVariants)
        {
            // Variants ranked as VariantMiner ranks them: count, then the activity names in order
            // (ordinal). @ranks maps an activity number to its place among the names sorted ordinally,
            // so comparing rank arrays compares names; a shorter prefix (and the empty variant) sorts first.
            top = """
                ,
                case_sequences AS (
                    SELECT k.c, COALESCE(q.s, '{}'::int[]) AS s FROM candidates k
                    LEFT JOIN (SELECT o.c, array_agg(o.a ORDER BY o.pos) AS s FROM ordered o JOIN candidates USING (c) GROUP BY o.c) q ON q.c = k.c
                ),
                counted AS (SELECT s, count(*) AS n FROM case_sequences GROUP BY s),
                ranked AS (
                    SELECT s, row_number() OVER (ORDER BY n DESC, ARRAY(SELECT (@ranks)[x + 1] FROM unnest(s) WITH ORDINALITY AS u(x, i) ORDER BY i)) AS r
                    FROM counted
                ),
                kept AS (SELECT q.c FROM case_sequences q JOIN ranked USING (s) WHERE ranked.r <= @top)
                """;
            kept = "kept";
        }

        return $"""
            WITH {Ordered},
            candidates AS (
                SELECT k."CaseNo" AS c FROM "EventLogCases" k
                {window}
                WHERE k."LogId" = @log
            ){top},
            selected AS (SELECT c, (row_number() OVER (ORDER BY c) - 1)::int AS idx FROM {kept}),
            rows AS (SELECT o.* FROM ordered o JOIN selected USING (c))
            """;
    }

    /// <summary>Binds the filter's parameters (the log id is bound by the caller).</summary>
    public static void Bind(NpgsqlCommand command, LogCaseFilter filter, IReadOnlyList<string> activityNames)
    {
        if (filter.From is { } from)
        {
            command.Parameters.AddWithValue("from", NpgsqlDbType.Bigint, from.Ticks);
        }

        if (filter.To is { } to)
        {
            command.Parameters.AddWithValue("to", NpgsqlDbType.Bigint, to.Ticks);
        }

        if (filter.HasTopVariants)
        {
            command.Parameters.AddWithValue("top", NpgsqlDbType.Integer, filter.TopVariants!.Value);
            command.Parameters.AddWithValue("ranks", NpgsqlDbType.Array | NpgsqlDbType.Integer, OrdinalRanks(activityNames));
        }
    }

    /// <summary>For each activity number, its place among the names in ordinal order.</summary>
    internal static int[] OrdinalRanks(IReadOnlyList<string> names)
    {
        var order = Enumerable.Range(0, names.Count).ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(names[x], names[y]));
        var ranks = new int[names.Count];
        for (var r = 0; r < order.Length; r++)
        {
            ranks[order[r]] = r;
        }

        return ranks;
    }
}
