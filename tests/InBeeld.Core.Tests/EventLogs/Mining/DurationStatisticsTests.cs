using InBeeld.Core.EventLogs.Mining;

namespace InBeeld.Core.Tests.EventLogs.Mining;

public sealed class DurationStatisticsTests
{
    [Fact]
    public void Percentiles_MatchNumpyDefault()
    {
        // numpy.percentile([15, 20, 35, 40, 50], [50, 90]) = [35.0, 46.0] (linear interpolation, rank (n-1)p: 3.6 → 40 + 0.6·10).
        long[] values = [40, 15, 50, 20, 35];

        var stats = DurationStatistics.From(values);

        stats.Median.Ticks.ShouldBe(35);
        stats.P90.Ticks.ShouldBe(46);
        stats.Mean.Ticks.ShouldBe(32);
    }

    [Fact]
    public void Percentiles_OfALargeShuffledRange_AreExact()
    {
        // 0..100,000 shuffled: median 50,000, p90 90,000 exactly (rank (n-1)p lands on whole numbers).
        var values = Enumerable.Range(0, 100_001).Select(i => (long)i).ToArray();
        new Random(5).Shuffle(values);

        var stats = DurationStatistics.From(values);

        stats.Median.Ticks.ShouldBe(50_000);
        stats.P90.Ticks.ShouldBe(90_000);
        stats.Min.Ticks.ShouldBe(0);
        stats.Max.Ticks.ShouldBe(100_000);
    }

    [Fact]
    public void Empty_IsAllZero()
    {
        DurationStatistics.From([]).ShouldBe(DurationStatistics.Empty);
    }
}
