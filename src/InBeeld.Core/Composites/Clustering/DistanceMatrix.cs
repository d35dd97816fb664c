namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// All pairwise distances of a (small) set, stored once per pair as floats: n(n−1)/2 × 4 bytes, so
/// 500 routes take 0.5 MB. Only for the exact method; large studies never build one (see <see cref="Clara"/>).
/// </summary>
public sealed class DistanceMatrix : IDissimilarity
{
    private readonly float[] _values;

    private DistanceMatrix(int count, float[] values)
    {
        Count = count;
        _values = values;
    }

    public int Count { get; }

    public double Between(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        var (high, low) = a > b ? (a, b) : (b, a);
        return _values[(high * (high - 1) / 2) + low];
    }

    /// <summary>The distances among <paramref name="items"/> (positions in <paramref name="source"/>), or all of it.</summary>
    public static DistanceMatrix Build(IDissimilarity source, IReadOnlyList<int>? items = null)
    {
        var count = items?.Count ?? source.Count;
        var values = new float[(long)count * (count - 1) / 2];
        var index = 0;
        for (var a = 1; a < count; a++)
        {
            var x = items?[a] ?? a;
            for (var b = 0; b < a; b++)
            {
                values[index++] = (float)source.Between(x, items?[b] ?? b);
            }
        }

        return new DistanceMatrix(count, values);
    }

    /// <summary>From a full square matrix (tests and hand-made examples); only the lower triangle is read.</summary>
    public static DistanceMatrix FromSquare(double[,] square)
    {
        var count = square.GetLength(0);
        var values = new float[count * (count - 1) / 2];
        var index = 0;
        for (var a = 1; a < count; a++)
        {
            for (var b = 0; b < a; b++)
            {
                values[index++] = (float)square[a, b];
            }
        }

        return new DistanceMatrix(count, values);
    }
}
