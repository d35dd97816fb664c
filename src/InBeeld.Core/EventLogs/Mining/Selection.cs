namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// k-th smallest value in linear expected time (Hoare's selection with median-of-three pivots,
/// finishing with insertion sort on short ranges). Reorders the span: afterwards everything before
/// k is at most the k-th value and everything after at least it.
/// </summary>
internal static class Selection
{
    public static long Select(Span<long> values, int k)
    {
        var low = 0;
        var high = values.Length - 1;
        while (high - low > 16)
        {
            var middle = low + ((high - low) / 2);
            SortThree(values, low, middle, high);
            var pivot = values[middle];
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                return values[k];
            }
        }

        values[low..(high + 1)].Sort();
        return values[k];
    }

    /// <summary>The smallest value after position k (call after <see cref="Select"/> with the same k).</summary>
    public static long NextAfter(ReadOnlySpan<long> values, int k)
    {
        var next = long.MaxValue;
        for (var i = k + 1; i < values.Length; i++)
        {
            if (values[i] < next)
            {
                next = values[i];
            }
        }

        return next;
    }

    private static void SortThree(Span<long> values, int a, int b, int c)
    {
        if (values[a] > values[b])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }

        if (values[b] > values[c])
        {
            (values[b], values[c]) = (values[c], values[b]);
        }

        if (values[a] > values[b])
        {
            (values[a], values[b]) = (values[b], values[a]);
        }
    }
}
