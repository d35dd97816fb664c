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

    /// <summary>Stands for "every occurrence of the case" in the sequence column of an event-attribute row.</summary>
    public const int AllOccurrences = -1;

    /// <summary>
    /// The event-attribute rows of one column, sorted by value, case and sequence. A case of two or
    /// more occurrences that all have the same value gets one row with sequence
    /// <see cref="AllOccurrences"/> instead of a row per occurrence: exact (loading fills every
    /// occurrence of the case), and CSV exports repeat case-level columns on every line, so such
    /// columns cost a row per case instead of a row per event. "Cases where some occurrence has
    /// value v" reads the same in SQL either way; a join on the occurrence must also accept −1.
    /// </summary>
    public static (int[] Value, int[] Case, int[] Seq) EventRows(EventLog log, AttributeColumn column)
    {
        var rows = column.Rows;
        var valueOf = new List<int>(rows.Length);
        var caseOf = new List<int>(rows.Length);
        var seqOf = new List<int>(rows.Length);
        for (var c = 0; c < log.CaseCount; c++)
        {
            var first = log.CaseOffsets[c];
            var end = log.CaseOffsets[c + 1];
            if (end - first >= 2 && IsUniform(rows[first..end]))
            {
                valueOf.Add(rows[first]);
                caseOf.Add(c);
                seqOf.Add(AllOccurrences);
                continue;
            }

            for (var e = first; e < end; e++)
            {
                if (rows[e] != EventLog.None)
                {
                    valueOf.Add(rows[e]);
                    caseOf.Add(c);
                    seqOf.Add(e - first);
                }
            }
        }

        // A stable counting sort by value keeps case and sequence order within each value: the key order.
        var starts = new int[column.Values.Length + 1];
        foreach (var value in valueOf)
        {
            starts[value + 1]++;
        }

        for (var v = 0; v < column.Values.Length; v++)
        {
            starts[v + 1] += starts[v];
        }

        var (sortedValue, sortedCase, sortedSeq) = (new int[valueOf.Count], new int[valueOf.Count], new int[valueOf.Count]);
        for (var i = 0; i < valueOf.Count; i++)
        {
            var at = starts[valueOf[i]]++;
            (sortedValue[at], sortedCase[at], sortedSeq[at]) = (valueOf[i], caseOf[i], seqOf[i]);
        }

        return (sortedValue, sortedCase, sortedSeq);
    }

    private static bool IsUniform(ReadOnlySpan<int> rows)
    {
        if (rows[0] == EventLog.None)
        {
            return false;
        }

        foreach (var value in rows[1..])
        {
            if (value != rows[0])
            {
                return false;
            }
        }

        return true;
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
