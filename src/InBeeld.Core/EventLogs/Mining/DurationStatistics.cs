namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// Summary of a set of durations. Percentiles interpolate linearly between the two nearest order
/// statistics at rank (n − 1)·p — Hyndman and Fan's definition 7, the default of numpy and R —
/// so the median of 1, 2, 3, 4 is 2.5 and its 90th percentile 3.7.
/// </summary>
public sealed record DurationStatistics(int Count, TimeSpan Mean, TimeSpan Median, TimeSpan P90, TimeSpan Min, TimeSpan Max)
{
    public static DurationStatistics Empty { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>Statistics of durations in ticks. Reorders <paramref name="ticks"/>.</summary>
    public static DurationStatistics From(Span<long> ticks)
    {
        if (ticks.IsEmpty)
        {
            return Empty;
        }

        decimal sum = 0;
        var min = long.MaxValue;
        var max = long.MinValue;
        foreach (var t in ticks)
        {
            sum += t;
            min = Math.Min(min, t);
            max = Math.Max(max, t);
        }

        var median = Percentile(ticks, 0.5);
        var p90 = Percentile(ticks, 0.9);
        return new DurationStatistics(
            ticks.Length, TimeSpan.FromTicks((long)Math.Round(sum / ticks.Length)), median, p90, TimeSpan.FromTicks(min), TimeSpan.FromTicks(max));
    }

    private static TimeSpan Percentile(Span<long> ticks, double p)
    {
        var rank = (ticks.Length - 1) * p;
        var k = (int)Math.Floor(rank);
        var lower = Selection.Select(ticks, k);
        var fraction = rank - k;
        if (fraction == 0 || k + 1 >= ticks.Length)
        {
            return TimeSpan.FromTicks(lower);
        }

        var upper = Selection.NextAfter(ticks, k);
        return TimeSpan.FromTicks(lower + (long)Math.Round((upper - lower) * fraction));
    }
}
