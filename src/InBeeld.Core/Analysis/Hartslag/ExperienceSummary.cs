namespace InBeeld.Core.Analysis.Hartslag;

/// <summary>
/// Told experiences (−2…+2) summarised: n, mean, median, spread (standard deviation and the
/// quartiles) and how often each value was told. Every figure is null when n is too small for it.
/// </summary>
public sealed record ExperienceSummary
{
    public required int N { get; init; }
    public required double? Mean { get; init; }
    public required double? Median { get; init; }

    /// <summary>Sample standard deviation (n − 1); null below two values.</summary>
    public required double? StandardDeviation { get; init; }

    public required double? LowerQuartile { get; init; }
    public required double? UpperQuartile { get; init; }

    /// <summary>How often −2, −1, 0, +1, +2 were told, in that order.</summary>
    public required IReadOnlyList<int> Distribution { get; init; }

    /// <param name="counts">Counts of −2, −1, 0, +1, +2.</param>
    public static ExperienceSummary FromDistribution(int[] counts)
    {
        var n = counts.Sum();
        double sum = 0, squares = 0;
        for (var v = 0; v < counts.Length; v++)
        {
            sum += counts[v] * (v - 2.0);
            squares += counts[v] * (v - 2.0) * (v - 2.0);
        }

        double? mean = n == 0 ? null : sum / n;
        return new ExperienceSummary
        {
            N = n,
            Mean = mean,
            Median = Quantile(counts, n, 0.5),
            StandardDeviation = n < 2 ? null : Math.Sqrt(Math.Max(0, (squares - (n * mean!.Value * mean.Value)) / (n - 1))),
            LowerQuartile = Quantile(counts, n, 0.25),
            UpperQuartile = Quantile(counts, n, 0.75),
            Distribution = [.. counts],
        };
    }

    /// <summary>Linear interpolation between order statistics at (n − 1)·p (R's default, type 7).</summary>
    private static double? Quantile(int[] counts, int n, double p)
    {
        if (n == 0)
        {
            return null;
        }

        var position = (n - 1) * p;
        var below = (int)Math.Floor(position);
        var fraction = position - below;
        var low = ValueAt(counts, below);
        return fraction == 0 ? low : low + (fraction * (ValueAt(counts, below + 1) - low));
    }

    /// <summary>The value at a zero-based rank in the sorted experiences.</summary>
    private static int ValueAt(int[] counts, int rank)
    {
        for (var v = 0; v < counts.Length; v++)
        {
            if (rank < counts[v])
            {
                return v - 2;
            }

            rank -= counts[v];
        }

        throw new ArgumentOutOfRangeException(nameof(rank));
    }
}
