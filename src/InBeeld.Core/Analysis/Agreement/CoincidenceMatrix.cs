namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Krippendorff's coincidence matrix: every ordered pair of values that two different coders gave
/// the same unit, weighted 1/(m−1) for a unit with m values, so each pairable value counts once.
/// Units with fewer than two values are not pairable and drop out.
/// </summary>
public sealed class CoincidenceMatrix
{
    private readonly double[,] _o;

    private CoincidenceMatrix(int[] categories, double[,] o, int pairableUnits)
    {
        Categories = categories;
        _o = o;
        PairableUnits = pairableUnits;
        Totals = new double[categories.Length];
        for (var c = 0; c < categories.Length; c++)
        {
            for (var k = 0; k < categories.Length; k++)
            {
                Totals[c] += o[c, k];
            }
        }

        PairableValues = Totals.Sum();
    }

    /// <summary>The category labels, ascending; the matrix is indexed in this order.</summary>
    public IReadOnlyList<int> Categories { get; }

    /// <summary>n_c: how often each category was used in pairable units.</summary>
    public double[] Totals { get; }

    /// <summary>n: the number of pairable values (a whole number; kept as double like the cells).</summary>
    public double PairableValues { get; }

    /// <summary>Units with at least two values.</summary>
    public int PairableUnits { get; }

    public double this[int c, int k] => _o[c, k];

    public static CoincidenceMatrix From(ReliabilityData data)
    {
        var present = new List<int>(data.Coders);
        var categories = new SortedSet<int>();
        for (var u = 0; u < data.Units; u++)
        {
            data.CopyPresent(u, present);
            if (present.Count >= 2)
            {
                categories.UnionWith(present);
            }
        }

        var order = categories.ToArray();
        var index = new Dictionary<int, int>(order.Length);
        for (var i = 0; i < order.Length; i++)
        {
            index[order[i]] = i;
        }

        var o = new double[order.Length, order.Length];
        var pairable = 0;
        for (var u = 0; u < data.Units; u++)
        {
            data.CopyPresent(u, present);
            var m = present.Count;
            if (m < 2)
            {
                continue;
            }

            pairable++;
            var weight = 1.0 / (m - 1);
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < m; j++)
                {
                    if (i != j)
                    {
                        o[index[present[i]], index[present[j]]] += weight;
                    }
                }
            }
        }

        return new CoincidenceMatrix(order, o, pairable);
    }
}
