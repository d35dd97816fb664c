using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Tests.Analysis.Statistics;

public sealed class IndependenceTestTests
{
    [Fact]
    public void EmptyRowsAndColumns_AreLeftOut()
    {
        int[,] withEmpty = { { 3, 0, 1 }, { 0, 0, 0 }, { 1, 0, 3 } };

        var result = IndependenceTest.Test(withEmpty);

        result.Method.ShouldBe(TestMethod.FisherExact);
        result.PValue!.Value.ShouldBe(34.0 / 70, 1e-12); // the tea-tasting table once the empties are gone
        result.N.ShouldBe(8);
    }

    [Fact]
    public void OneNonEmptyRow_IsNotTestable()
    {
        var result = IndependenceTest.Test(new[,] { { 4, 5, 6 }, { 0, 0, 0 } });

        result.Method.ShouldBe(TestMethod.NotTestable);
        result.PValue.ShouldBeNull();
        result.N.ShouldBe(15);
    }

    [Fact]
    public void LargeTable_UsesChiSquare_WithHandComputedStatistic()
    {
        // 3×2 with n = 3,000: rows (400, 600), (500, 500), (600, 400); expected 500 everywhere.
        // X² = 4·100²/500 + 0 = 80, df = 2, p = e^(−80/2) = e^−40 (χ² with 2 df is exponential).
        int[,] table = { { 400, 600 }, { 500, 500 }, { 600, 400 } };

        var result = IndependenceTest.Test(table);

        result.Method.ShouldBe(TestMethod.ChiSquare);
        result.ChiSquare!.Value.ShouldBe(80, 1e-9);
        result.DegreesOfFreedom.ShouldBe(2);
        result.PValue!.Value.ShouldBe(Math.Exp(-40), 1e-25);
        result.ApproximationReliable.ShouldBeTrue();
    }

    [Theory]
    // Critical values of χ² at p = 0.05 from the standard table (e.g. NIST/SEMATECH e-Handbook, 1.3.6.7.4).
    [InlineData(3.841458820694124, 1)]
    [InlineData(5.991464547107979, 2)]
    [InlineData(9.487729036781154, 4)]
    [InlineData(18.307038053275146, 10)]
    public void ChiSquareTail_AtTheTabulatedCriticalValue_IsFivePercent(double x, int degreesOfFreedom)
    {
        ChiSquareTest.UpperTail(x, degreesOfFreedom).ShouldBe(0.05, 1e-9);
    }

    [Fact]
    public void ChiSquare_FlagsExpectedCountsBelowCochransConditions()
    {
        // Forced through the chi-square path: most expected counts are below 5.
        var result = ChiSquareTest.Test(new[,] { { 1, 2, 1 }, { 2, 1, 30 } });

        result.ApproximationReliable.ShouldBeFalse();
    }

    [Fact]
    public void SparseLargerTable_GetsTheExactTest_WhereChiSquareWouldMislead()
    {
        // Every expected count is 1: Cochran's conditions fail, so the exact test is used, not chi-square.
        int[,] table = { { 3, 0, 0 }, { 0, 3, 0 }, { 0, 0, 3 } };

        var result = IndependenceTest.Test(table);

        // Hand count: tables with all margins 3 and the observed (a permutation matrix of 3s) are the
        // 6 least probable, each (3!)⁶/(9!·(3!)³) = 6³/362880 = 1/1680 → p = 6/1680 = 1/280.
        result.Method.ShouldBe(TestMethod.FisherExact);
        result.PValue!.Value.ShouldBe(1.0 / 280, 1e-12);
    }
}
