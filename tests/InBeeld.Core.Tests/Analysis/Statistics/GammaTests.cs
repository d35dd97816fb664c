using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Tests.Analysis.Statistics;

public sealed class GammaTests
{
    [Theory]
    [InlineData(0.5, 0.57236494292470008)]   // ln √π
    [InlineData(1.0, 0.0)]
    [InlineData(10.0, 12.801827480081469)]   // ln 9! = ln 362880
    [InlineData(100.5, 361.4355404677776)]   // C library lgamma(100.5)
    public void LogGamma_MatchesKnownValues(double x, double expected)
    {
        Gamma.LogGamma(x).ShouldBe(expected, 1e-10);
    }

    [Fact]
    public void LogFactorials_StayExactPastTheSwitchToStirling()
    {
        var table = LogFactorials.Table(300);
        var summed = Enumerable.Range(2, 299).Sum(k => Math.Log(k));

        table[300].ShouldBe(summed, 1e-9);
        table[255].ShouldBe(Enumerable.Range(2, 254).Sum(k => Math.Log(k)), 1e-10);
        LogFactorials.Of(1000).ShouldBe(5912.1281784881633, 1e-8); // ln 1000!, tabulated
    }
}
