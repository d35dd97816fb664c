namespace InBeeld.Core.Composites.Clustering;

/// <summary>
/// CLARA (Clustering LARge Applications; Kaufman &amp; Rousseeuw 1990, ch. 3): PAM on a few samples,
/// every item assigned to the nearest medoid of each sample's solution, and the solution with the
/// lowest total distance over all items kept. Memory stays linear in n (one sample matrix of
/// s(s−1)/2 floats, an assignment per item); time is O(samples · (s²·k + n·k)) distances.
/// Samples are drawn with a seeded <see cref="SplitMix64"/>; from the second sample on, the best
/// medoids so far are part of the sample (as in the original), so a later sample can only improve.
/// </summary>
public static class Clara
{
    public static PamResult Run(IDissimilarity d, int k, ClaraOptions options)
    {
        var n = d.Count;
        var sampleSize = Math.Min(n, options.SampleSize(k));
        if (sampleSize >= n)
        {
            return Pam.Run(DistanceMatrix.Build(d), k);
        }

        var random = new SplitMix64(options.Seed);
        PamResult? best = null;
        for (var s = 0; s < options.Samples; s++)
        {
            var sample = Sample(n, sampleSize, best?.Medoids ?? [], ref random);
            var local = Pam.Run(DistanceMatrix.Build(d, sample), k);
            var result = Pam.Assign(d, local.Medoids.Select(m => sample[m]));
            if (best is null || result.Cost < best.Cost - 1e-9)
            {
                best = result;
            }
        }

        return best!;
    }

    private static int[] Sample(int n, int size, IReadOnlyList<int> keep, ref SplitMix64 random)
    {
        var chosen = new HashSet<int>(keep);
        while (chosen.Count < size)
        {
            chosen.Add(random.Below(n));
        }

        return chosen.Order().ToArray();
    }
}
