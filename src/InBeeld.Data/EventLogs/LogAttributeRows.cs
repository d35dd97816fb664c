using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Data.EventLogs;

/// <summary>
/// A log's attribute columns as the store numbers them (case columns first, then event columns),
/// and each column's rows in the key order of the row tables: by value, then by row. Writing in key
/// order keeps inserts at the end of the B-tree on both databases.
/// </summary>
internal static class LogAttributeRows
{
    /// <summary>
    /// The columns to store. A key the user marked identifying is left out here too, whatever the
    /// reader did: the readers already drop such keys, and the store must never be the place where
    /// one slips through (keys compare as the CSV reader does: trimmed, case-insensitive).
    /// </summary>
    public static IReadOnlyList<(int ColumnNo, LogAttributeScope Scope, AttributeColumn Column)> Columns(EventLog log, IReadOnlyCollection<string> dropped)
    {
        var identifying = dropped.Select(d => d.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var columns = new List<(int, LogAttributeScope, AttributeColumn)>(log.CaseAttributes.Count + log.EventAttributes.Count);
        foreach (var (scope, column) in log.CaseAttributes.Select(c => (LogAttributeScope.Case, c)).Concat(log.EventAttributes.Select(c => (LogAttributeScope.Event, c))))
        {
            if (!identifying.Contains(column.Key.Trim()))
            {
                columns.Add((columns.Count, scope, column));
            }
        }

        return columns;
    }

    /// <summary>Rows that have a value, sorted by value number and then row (a counting sort, stable).</summary>
    public static int[] ByValue(AttributeColumn column)
    {
        var rows = column.Rows;
        var starts = new int[column.Values.Length + 1];
        var present = 0;
        foreach (var value in rows)
        {
            if (value != EventLog.None)
            {
                starts[value + 1]++;
                present++;
            }
        }

        for (var v = 0; v < column.Values.Length; v++)
        {
            starts[v + 1] += starts[v];
        }

        var sorted = new int[present];
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] != EventLog.None)
            {
                sorted[starts[rows[r]]++] = r;
            }
        }

        return sorted;
    }

    /// <summary>The case of every occurrence row (the events table keys occurrences by case and sequence).</summary>
    public static int[] CaseOfRow(EventLog log)
    {
        var caseOf = new int[log.EventCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            caseOf.AsSpan(log.CaseOffsets[c], log.CaseLength(c)).Fill(c);
        }

        return caseOf;
    }

    /// <summary>The stored fields of a value (see <see cref="StoredLogAttributeValue"/>).</summary>
    public static (string? Text, long? Integer, double? Float) Fields(AttributeValue value) => value.Kind switch
    {
        AttributeKind.Text or AttributeKind.Id => (value.Text ?? "", null, null),
        AttributeKind.Float => (value.ToString(), null, double.IsFinite(value.Float) ? value.Float : null),
        _ => (null, value.Integer, null),
    };

    /// <summary>The value back from its stored fields; the exact inverse of <see cref="Fields"/>.</summary>
    public static AttributeValue Value(AttributeKind kind, string? text, long? integer) => kind switch
    {
        AttributeKind.Text => AttributeValue.FromText(text ?? ""),
        AttributeKind.Id => AttributeValue.FromId(text ?? ""),
        AttributeKind.Float => AttributeValue.FromFloat(double.Parse(text ?? "NaN", System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)),
        AttributeKind.Integer => AttributeValue.FromInteger(integer ?? 0),
        AttributeKind.Boolean => AttributeValue.FromBoolean(integer is not (null or 0)),
        _ => AttributeValue.FromDate(integer ?? 0),
    };
}
