using SQLitePCL;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// Inserts rows of int columns (plus the log id) into one SQLite table, 64 rows per prepared
/// statement bound by position — the same path as the events table, for the attribute row tables.
/// Call <see cref="Complete"/> after the last row: it writes the shorter final batch.
/// </summary>
internal sealed class SqliteIntRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly Guid _logId;
    private readonly sqlite3_stmt _full;
    private readonly int[] _pending;
    private int _count;

    public SqliteIntRows(sqlite3 db, string table, string[] columns, Guid logId)
    {
        _db = db;
        _table = table;
        _columns = columns;
        _logId = logId;
        _full = SqliteLogRowWriter.Prepare(db, table, columns, SqliteLogRowWriter.RowsPerStatement, logId);
        _pending = new int[SqliteLogRowWriter.RowsPerStatement * columns.Length];
    }

    public void Add(int a, int b, int c)
    {
        var at = _count * _columns.Length;
        _pending[at] = a;
        _pending[at + 1] = b;
        _pending[at + 2] = c;
        Next();
    }

    public void Add(int a, int b, int c, int d)
    {
        var at = _count * _columns.Length;
        _pending[at] = a;
        _pending[at + 1] = b;
        _pending[at + 2] = c;
        _pending[at + 3] = d;
        Next();
    }

    public void Complete()
    {
        if (_count == 0)
        {
            return;
        }

        using var tail = SqliteLogRowWriter.Prepare(_db, _table, _columns, _count, _logId);
        BindAndExecute(tail, _count);
        _count = 0;
    }

    public void Dispose() => _full.Dispose();

    private void Next()
    {
        if (++_count == SqliteLogRowWriter.RowsPerStatement)
        {
            BindAndExecute(_full, _count);
            _count = 0;
        }
    }

    private void BindAndExecute(sqlite3_stmt statement, int rows)
    {
        // Parameter 1 is the log id, bound once when the statement was prepared.
        var values = rows * _columns.Length;
        for (var i = 0; i < values; i++)
        {
            SqliteLogRowWriter.Check(_db, raw.sqlite3_bind_int(statement, i + 2, _pending[i]));
        }

        SqliteLogRowWriter.Execute(_db, statement);
    }
}
