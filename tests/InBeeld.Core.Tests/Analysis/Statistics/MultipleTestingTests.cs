using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Tests.Analysis.Statistics;

public sealed class MultipleTestingTests
{
    [Fact]
    public void BenjaminiHochberg_MatchesTheHandComputedStepUp()
    {
        // Sorted: 0.01, 0.03, 0.04, 0.2 (m = 4). p·m/rank: 0.04, 0.06, 0.0533, 0.2; running minimum
        // from the largest rank down: 0.2, 0.0533, 0.0533, 0.04. A null is not a test.
        var adjusted = MultipleTesting.BenjaminiHochberg([0.01, 0.04, null, 0.03, 0.2]);

        adjusted[0]!.Value.ShouldBe(0.04, 1e-12);
        adjusted[1]!.Value.ShouldBe(0.16 / 3, 1e-12);
        adjusted[2].ShouldBeNull();
        adjusted[3]!.Value.ShouldBe(0.16 / 3, 1e-12);
        adjusted[4]!.Value.ShouldBe(0.2, 1e-12);
    }
}
