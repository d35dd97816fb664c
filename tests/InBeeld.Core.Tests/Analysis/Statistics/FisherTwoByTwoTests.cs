using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Tests.Analysis.Statistics;

public sealed class FisherTwoByTwoTests
{
    [Fact]
    public void TeaTasting_MatchesFishersPublishedFigures()
    {
        // Fisher's lady tasting tea (R documentation of fisher.test, after Agresti 2002, p. 91):
        // [[3, 1], [1, 3]]; one-sided p = 17/70 = 0.2429 (published), two-sided 34/70 = 0.4857.
        var result = FisherTwoByTwo.Test(3, 1, 1, 3);

        result.Greater.ShouldBe(17.0 / 70, 1e-12);
        result.TwoSided.ShouldBe(34.0 / 70, 1e-12);
        result.Less.ShouldBe(69.0 / 70, 1e-12);
    }

    [Fact]
    public void Convictions_MatchRsDocumentedExample()
    {
        // Fisher (1962), convictions of like-sex twins, in R's fisher.test examples:
        // dizygotic 2 convicted / 15 not, monozygotic 10 / 3. R prints p = 0.0004652 for
        // alternative = "less"; exactly (hand-summed hypergeometric terms in fractions) the one-sided
        // p is 0.00046518 and the two-sided p 3571/6653325 = 0.00053672.
        var result = FisherTwoByTwo.Test(2, 15, 10, 3);

        result.Less.ShouldBe(0.00046518094336290503, 1e-12);
        result.TwoSided.ShouldBe(3571.0 / 6653325, 1e-12);
    }

    [Fact]
    public void LargeN_DoesNotOverflow()
    {
        // n = 20,000: factorials far beyond double range, handled in log space. Reference values
        // summed independently with C's lgamma (Python math.lgamma).
        FisherTwoByTwo.Test(5100, 4900, 4900, 5100).TwoSided.ShouldBe(0.004887352678966652, 1e-9);
        FisherTwoByTwo.Test(5000, 5000, 5000, 5000).TwoSided.ShouldBe(1.0, 1e-9);
        FisherTwoByTwo.Test(30, 70, 50, 50).TwoSided.ShouldBe(0.005937341166015061, 1e-12);
    }

    [Fact]
    public void DegenerateTables_GiveOne_AndNegativeCountsAreRefused()
    {
        FisherTwoByTwo.Test(0, 0, 0, 0).TwoSided.ShouldBe(1.0);
        FisherTwoByTwo.Test(4, 0, 6, 0).TwoSided.ShouldBe(1.0);
        Should.Throw<ArgumentOutOfRangeException>(() => FisherTwoByTwo.Test(1, -1, 0, 0));
    }
}
