using InBeeld.Core.EventLogs.Model;
using StoredColumn = (int ColumnNo, InBeeld.Data.EventLogs.LogAttributeScope Scope, InBeeld.Core.EventLogs.Model.AttributeColumn Column);

namespace InBeeld.Data.EventLogs;

/// <summary>
/// Writes a log's cases and occurrences inside the caller's transaction by the fastest path the
/// provider has: prepared multi-row inserts on SQLite, binary COPY on PostgreSQL.
/// </summary>
internal abstract class LogRowWriter
{
    /// <summary>Rows between progress reports and cancellation checks.</summary>
    protected const int ReportEvery = 65_536;

    public abstract Task WriteCasesAsync(Guid logId, EventLog log, CancellationToken cancellationToken);

    public abstract Task WriteEventsAsync(Guid logId, EventLog log, IProgress<long>? progress, CancellationToken cancellationToken);

    /// <summary>The distinct values of every attribute column (columns numbered by <see cref="LogAttributeRows.Columns"/>).</summary>
    public abstract Task WriteAttributeValuesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken);

    /// <summary>A row per case that has a value, per case attribute column, in key order.</summary>
    public abstract Task WriteCaseAttributesAsync(Guid logId, IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken);

    /// <summary>
    /// A row per occurrence that has a value, per event attribute column, in key order. Progress
    /// continues from <paramref name="written"/> (the occurrences already written).
    /// </summary>
    public abstract Task WriteEventAttributesAsync(Guid logId, EventLog log, IReadOnlyList<StoredColumn> columns, IProgress<long>? progress, long written, CancellationToken cancellationToken);

    /// <summary>The case of each row, found by walking the offsets (cheaper than a search per row).</summary>
    protected static IEnumerable<(int Case, int Row, int Seq)> Rows(EventLog log)
    {
        for (var c = 0; c < log.CaseCount; c++)
        {
            var first = log.CaseOffsets[c];
            var end = log.CaseOffsets[c + 1];
            for (var e = first; e < end; e++)
            {
                yield return (c, e, e - first);
            }
        }
    }

    /// <summary>The case-attribute rows of every case column, in the row table's key order (column, value, case).</summary>
    protected static IEnumerable<(int ColumnNo, int ValueNo, int Case)> CaseAttributeRows(IReadOnlyList<StoredColumn> columns, CancellationToken cancellationToken)
    {
        foreach (var (columnNo, scope, column) in columns)
        {
            if (scope != LogAttributeScope.Case)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var values = column.Rows.ToArray();
            foreach (var @case in LogAttributeRows.ByValue(column))
            {
                yield return (columnNo, values[@case], @case);
            }
        }
    }
}
