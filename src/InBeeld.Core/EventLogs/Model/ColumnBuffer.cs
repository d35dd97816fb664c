namespace InBeeld.Core.EventLogs.Model;

/// <summary>A growable array of plain values (a List without bounds checks per add or interface cost).</summary>
internal sealed class ColumnBuffer<T>(int capacity = 1024)
    where T : unmanaged
{
    private T[] _items = new T[Math.Max(16, capacity)];

    public int Count { get; private set; }

    public Span<T> Span => _items.AsSpan(0, Count);

    public T this[int index]
    {
        get => _items[index];
        set => _items[index] = value;
    }

    public void Add(T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, checked(_items.Length * 2));
        }

        _items[Count++] = item;
    }

    public void AddRange(ReadOnlySpan<T> items)
    {
        EnsureCapacity(Count + items.Length);
        items.CopyTo(_items.AsSpan(Count));
        Count += items.Length;
    }

    /// <summary>Grows to <paramref name="count"/> items, filling new ones with <paramref name="fill"/>.</summary>
    public void PadTo(int count, T fill)
    {
        if (count <= Count)
        {
            return;
        }

        EnsureCapacity(count);
        _items.AsSpan(Count, count - Count).Fill(fill);
        Count = count;
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(needed, checked(_items.Length * 2)));
        }
    }

    public void Clear() => Count = 0;

    public T[] ToArray() => _items.AsSpan(0, Count).ToArray();
}
