namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// How well each item sits in its group, from −1 (closer to another group) to 1 (well inside its own).
/// <see cref="Compute"/> is Rousseeuw's silhouette (J. Comput. Appl. Math. 20, 1987):
/// s(i) = (b − a) / max(a, b) with a the mean distance to the rest of its own group and b the lowest
/// mean distance to another group; an item alone in its group scores 0. It needs all pairs, so large
/// studies use <see cref="Medoid"/>: the same formula with a and b the distances to the own and the
/// nearest other medoid (the "simplified" or medoid silhouette; Van der Laan, Pollard &amp; Bryan 2003,
/// Lenssen &amp; Schubert 2022), which costs k distances per item.
/// </summary>
public static class Silhouette
{
    /// <summary>Per-item silhouettes of a partition into <paramref name="k"/> groups (assignment: group per item).</summary>
    public static double[] Compute(IDissimilarity d, IReadOnlyList<int> assignment, int k)
    {
        var n = d.Count;
        var sizes = new int[k];
        foreach (var group in assignment)
        {
            sizes[group]++;
        }

        var scores = new double[n];
        var sums = new double[k];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(sums);
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sums[assignment[j]] += d.Between(i, j);
                }
            }

            var own = assignment[i];
            if (sizes[own] == 1)
            {
                continue; // alone in its group: 0 by definition
            }

            var a = sums[own] / (sizes[own] - 1);
            var b = double.PositiveInfinity;
            for (var g = 0; g < k; g++)
            {
                if (g != own && sizes[g] > 0)
                {
                    b = Math.Min(b, sums[g] / sizes[g]);
                }
            }

            scores[i] = Score(a, b);
        }

        return scores;
    }

    /// <summary>Medoid silhouettes: per item, against its own medoid and the nearest other one.</summary>
    public static double[] Medoid(IDissimilarity d, IReadOnlyList<int> medoids, IReadOnlyList<int> assignment)
    {
        var scores = new double[d.Count];
        for (var i = 0; i < d.Count; i++)
        {
            var a = d.Between(i, medoids[assignment[i]]);
            var b = double.PositiveInfinity;
            for (var m = 0; m < medoids.Count; m++)
            {
                if (m != assignment[i])
                {
                    b = Math.Min(b, d.Between(i, medoids[m]));
                }
            }

            scores[i] = Score(a, b);
        }

        return scores;
    }

    private static double Score(double a, double b)
    {
        if (double.IsPositiveInfinity(b))
        {
            return 0; // one group: nothing to compare with
        }

        var max = Math.Max(a, b);
        return max == 0 ? 0 : (b - a) / max;
    }
}
