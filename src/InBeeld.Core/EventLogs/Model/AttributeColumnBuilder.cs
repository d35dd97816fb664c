namespace InBeeld.Core.EventLogs.Model;

/// <summary>Collects one attribute's values row by row, interning equal values.</summary>
internal sealed class AttributeColumnBuilder(string key)
{
    private readonly Dictionary<AttributeValue, int> _index = [];
    private readonly List<AttributeValue> _values = [];
    private readonly ColumnBuffer<int> _rows = new();

    public string Key { get; } = key;

    public void Set(int row, AttributeValue value)
    {
        if (!_index.TryGetValue(value, out var index))
        {
            index = _values.Count;
            _index.Add(value, index);
            _values.Add(value);
        }

        _rows.PadTo(row + 1, EventLog.None);
        _rows[row] = index;
    }

    /// <summary>The finished column over <paramref name="rowCount"/> rows, taken in the order of <paramref name="order"/> (or as is).</summary>
    public AttributeColumn Build(int rowCount, ReadOnlySpan<int> order, bool reorder)
    {
        _rows.PadTo(rowCount, EventLog.None);
        var source = _rows.Span;
        int[] rows;
        if (reorder)
        {
            rows = new int[order.Length];
            for (var i = 0; i < order.Length; i++)
            {
                rows[i] = source[order[i]];
            }
        }
        else
        {
            rows = source[..rowCount].ToArray();
        }

        return new AttributeColumn(Key, [.. _values], rows);
    }
}
