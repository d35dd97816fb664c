namespace InBeeld.Core.EventLogs.Model;

/// <summary>
/// One attribute over all cases or all events of a log: each row holds an index into
/// <see cref="Values"/> (the distinct values, in order of first appearance) or
/// <see cref="EventLog.None"/> when the row has no value. Four bytes per row, whatever the type.
/// </summary>
public sealed class AttributeColumn
{
    private readonly AttributeValue[] _values;
    private readonly int[] _rows;

    internal AttributeColumn(string key, AttributeValue[] values, int[] rows)
    {
        Key = key;
        _values = values;
        _rows = rows;
    }

    public string Key { get; }

    /// <summary>
    /// A column from stored parts (a database keeps the same dictionary encoding), after checking
    /// that every row is <see cref="EventLog.None"/> or an index into <paramref name="values"/>.
    /// The arrays are taken over, not copied.
    /// </summary>
    /// <exception cref="ArgumentException">A row points outside the values.</exception>
    public static AttributeColumn FromParts(string key, AttributeValue[] values, int[] rows)
    {
        foreach (var index in rows)
        {
            if (index < EventLog.None || index >= values.Length)
            {
                throw new ArgumentException($"Attribute '{key}': value index {index} is outside its {values.Length} values.", nameof(rows));
            }
        }

        return new AttributeColumn(key, values, rows);
    }

    public ReadOnlySpan<AttributeValue> Values => _values;

    public ReadOnlySpan<int> Rows => _rows;

    internal AttributeValue[] ValueArray => _values;

    internal int[] RowArray => _rows;

    public bool TryGet(int row, out AttributeValue value)
    {
        var index = _rows[row];
        value = index == EventLog.None ? default : _values[index];
        return index != EventLog.None;
    }

    /// <summary>The column restricted to the given rows, in that order (used by filters).</summary>
    internal AttributeColumn Select(ReadOnlySpan<int> rows)
    {
        var selected = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            selected[i] = _rows[rows[i]];
        }

        return new AttributeColumn(Key, _values, selected);
    }

    internal long HeldBytes => (_rows.Length * 4L) + (_values.Length * 32L);
}
