using Microsoft.EntityFrameworkCore;

namespace InBeeld.Data.EventLogs.Sql;

/// <summary>
/// Where a database-path query finds the filtered log: computed inside each query
/// (<see cref="Query"/>, one window pass per query), or computed once into two temporary tables
/// for a whole page of figures (<see cref="MaterializeAsync"/>). Either way a query starts with
/// <c>WITH … selected (c, idx), rows (c, a, o, r, done, start, pos, next_a, next_o, next_r, next_start, first_start)</c>.
/// </summary>
/// <remarks>
/// The log page asks seven questions of the same filtered log. Recomputing the window over every
/// case (and, with filters, the time window and the variant ranking) for each one cost 9 s
/// unfiltered and 25 s filtered on the 1M-event log; see performance.md for the figures with the
/// tables. Temporary tables live in the database session, so the context's connection is held open
/// until this is disposed, and the tables are dropped then.
/// </remarks>
public sealed class LogRows : IAsyncDisposable
{
    private readonly InBeeldDbContext? _db;
    private readonly string[] _tables;

    private LogRows(LogCaseFilter filter, string with, bool bindsFilter, InBeeldDbContext? db, string[] tables)
    {
        Filter = filter;
        With = with;
        BindsFilter = bindsFilter;
        _db = db;
        _tables = tables;
    }

    public LogCaseFilter Filter { get; }

    internal string With { get; }

    internal bool BindsFilter { get; }

    /// <summary>Each query computes the filtered log itself: nothing to set up or clean up.</summary>
    public static LogRows Query(LogCaseFilter filter) => new(filter, CaseSelection.With(filter), bindsFilter: true, null, []);

    /// <summary>The filtered log computed once into temporary tables on the context's connection (PostgreSQL only).</summary>
    public static async Task<LogRows> MaterializeAsync(InBeeldDbContext db, LogHeader header, LogCaseFilter filter, CancellationToken cancellationToken)
    {
        var suffix = Guid.NewGuid().ToString("N");
        var rowsTable = $"log_rows_{suffix}";
        string selected;
        string[] tables;
        if (filter.SelectsCases)
        {
            // The selection needs the whole log's window (time window, variant ranking); the rows are
            // then the window over the kept cases only (filters keep whole cases, so it is the same).
            var selectedTable = $"log_selected_{suffix}";
            await ExecuteAsync(db, header, filter, $"CREATE TEMP TABLE {selectedTable} AS {CaseSelection.With(filter)} SELECT c, idx FROM selected", cancellationToken);
            await ExecuteAsync(db, header, LogCaseFilter.None, $"""
                CREATE TEMP TABLE {rowsTable} AS
                SELECT e."CaseNo" AS c, e."Activity" AS a, e."Organization" AS o, e."Resource" AS r, e."CompleteTicks" AS done,
                       COALESCE(e."StartTicks", e."CompleteTicks") AS start,
                       row_number() OVER w AS pos,
                       lead(e."Activity") OVER w AS next_a,
                       lead(e."Organization") OVER w AS next_o,
                       lead(e."Resource") OVER w AS next_r,
                       lead(COALESCE(e."StartTicks", e."CompleteTicks")) OVER w AS next_start,
                       first_value(COALESCE(e."StartTicks", e."CompleteTicks")) OVER w AS first_start
                FROM "EventLogEvents" e JOIN {selectedTable} s ON s.c = e."CaseNo"
                WHERE e."LogId" = @log
                WINDOW w AS (PARTITION BY e."CaseNo" ORDER BY e."Seq")
                """, cancellationToken);
            selected = $"SELECT c, idx FROM {selectedTable}";
            tables = [rowsTable, selectedTable];
        }
        else
        {
            await ExecuteAsync(db, header, filter, $"CREATE TEMP TABLE {rowsTable} AS {CaseSelection.With(filter)} SELECT * FROM rows", cancellationToken);
            selected = """SELECT "CaseNo" AS c, "CaseNo" AS idx FROM "EventLogCases" WHERE "LogId" = @log""";
            tables = [rowsTable];
        }

        return new LogRows(filter, $"WITH selected AS ({selected}), rows AS (SELECT * FROM {rowsTable})", bindsFilter: false, db, tables);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        try
        {
            // The names are made here from a Guid, never from input.
            await using var command = new Npgsql.NpgsqlCommand($"DROP TABLE IF EXISTS {string.Join(", ", _tables)}", (Npgsql.NpgsqlConnection)_db.Database.GetDbConnection());
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // A broken or cancelled connection takes its session's temporary tables with it; the
            // failure that got us here is the one worth reporting.
        }

        await _db.Database.CloseConnectionAsync();
    }

    private static async Task ExecuteAsync(InBeeldDbContext db, LogHeader header, LogCaseFilter filter, string sql, CancellationToken cancellationToken)
    {
        await using var command = await MinerSql.CommandAsync(db, sql, header, Query(filter), cancellationToken);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
