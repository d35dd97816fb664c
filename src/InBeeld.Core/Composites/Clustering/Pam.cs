namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// Partitioning Around Medoids (Kaufman &amp; Rousseeuw, <i>Finding Groups in Data</i>, 1990, ch. 2):
/// BUILD picks k medoids greedily, SWAP then exchanges a medoid for a non-medoid while that lowers the
/// total distance. Medoids are real items — for routes, a real interview that stands for its group.
/// Deterministic: every tie goes to the lowest index, so the same matrix gives the same partition.
/// Time O(k·n²) per swap round, memory O(n) besides the matrix.
/// </summary>
public static class Pam
{
    private const int MaxSwapRounds = 200;
    private const double Epsilon = 1e-9;

    public static PamResult Run(IDissimilarity d, int k)
    {
        var n = d.Count;
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, Math.Max(1, n));
        if (n == 0)
        {
            return new PamResult([], [], 0);
        }

        var medoids = Build(d, k);
        var nearest = new double[n];
        var second = new double[n];
        var nearestMedoid = new int[n];
        for (var round = 0; round < MaxSwapRounds; round++)
        {
            Distances(d, medoids, nearest, second, nearestMedoid);
            var (bestDelta, bestPosition, bestCandidate) = (-Epsilon, -1, -1);
            var isMedoid = new bool[n];
            foreach (var m in medoids)
            {
                isMedoid[m] = true;
            }

            for (var position = 0; position < medoids.Count; position++)
            {
                for (var h = 0; h < n; h++)
                {
                    if (isMedoid[h])
                    {
                        continue;
                    }

                    var delta = SwapDelta(d, medoids[position], h, nearest, second, nearestMedoid);
                    if (delta < bestDelta)
                    {
                        (bestDelta, bestPosition, bestCandidate) = (delta, position, h);
                    }
                }
            }

            if (bestPosition < 0)
            {
                break;
            }

            medoids[bestPosition] = bestCandidate;
        }

        return Assign(d, medoids);
    }

    /// <summary>Assigns every item to its nearest medoid (ties: the lower medoid); a medoid always to itself.</summary>
    public static PamResult Assign(IDissimilarity d, IEnumerable<int> medoidItems)
    {
        var medoids = medoidItems.Order().ToArray();
        var assignment = new int[d.Count];
        var cost = 0.0;
        for (var i = 0; i < d.Count; i++)
        {
            var own = Array.IndexOf(medoids, i);
            if (own >= 0)
            {
                assignment[i] = own;
                continue;
            }

            var (best, bestDistance) = (0, double.PositiveInfinity);
            for (var m = 0; m < medoids.Length; m++)
            {
                var distance = d.Between(i, medoids[m]);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (m, distance);
                }
            }

            assignment[i] = best;
            cost += bestDistance;
        }

        return new PamResult(medoids, assignment, cost);
    }

    private static List<int> Build(IDissimilarity d, int k)
    {
        var n = d.Count;
        var medoids = new List<int>(k);
        var (first, firstSum) = (0, double.PositiveInfinity);
        for (var c = 0; c < n; c++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += d.Between(c, j);
            }

            if (sum < firstSum - Epsilon)
            {
                (first, firstSum) = (c, sum);
            }
        }

        medoids.Add(first);
        var nearest = new double[n];
        for (var j = 0; j < n; j++)
        {
            nearest[j] = d.Between(j, first);
        }

        while (medoids.Count < k)
        {
            var (best, bestGain) = (-1, double.NegativeInfinity);
            for (var c = 0; c < n; c++)
            {
                if (medoids.Contains(c))
                {
                    continue;
                }

                var gain = 0.0;
                for (var j = 0; j < n; j++)
                {
                    gain += Math.Max(0, nearest[j] - d.Between(j, c));
                }

                if (gain > bestGain + Epsilon)
                {
                    (best, bestGain) = (c, gain);
                }
            }

            medoids.Add(best);
            for (var j = 0; j < n; j++)
            {
                nearest[j] = Math.Min(nearest[j], d.Between(j, best));
            }
        }

        return medoids;
    }

    private static void Distances(IDissimilarity d, List<int> medoids, double[] nearest, double[] second, int[] nearestMedoid)
    {
        for (var j = 0; j < nearest.Length; j++)
        {
            (nearest[j], second[j], nearestMedoid[j]) = (double.PositiveInfinity, double.PositiveInfinity, -1);
            foreach (var m in medoids)
            {
                var distance = d.Between(j, m);
                if (distance < nearest[j])
                {
                    (second[j], nearest[j], nearestMedoid[j]) = (nearest[j], distance, m);
                }
                else if (distance < second[j])
                {
                    second[j] = distance;
                }
            }
        }
    }

    /// <summary>The change in total distance when medoid <paramref name="m"/> is replaced by <paramref name="h"/>.</summary>
    private static double SwapDelta(IDissimilarity d, int m, int h, double[] nearest, double[] second, int[] nearestMedoid)
    {
        var delta = 0.0;
        for (var j = 0; j < nearest.Length; j++)
        {
            var toCandidate = d.Between(j, h);
            if (nearestMedoid[j] == m)
            {
                delta += Math.Min(toCandidate, second[j]) - nearest[j];
            }
            else if (toCandidate < nearest[j])
            {
                delta += toCandidate - nearest[j];
            }
        }

        return delta;
    }
}
