using InBeeld.Core.Analysis.Agreement;

namespace InBeeld.Core.Tests.Analysis.Agreement;

public sealed class CohenKappaTests
{
    [Fact]
    public void Compute_ReproducesTheTextbookExample()
    {
        // The standard worked example (Wikipedia, "Cohen's kappa", simple example): 50 proposals,
        // both yes 20, A yes/B no 5, A no/B yes 10, both no 15 → p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5, κ = 0.4.
        var a = new List<int?>();
        var b = new List<int?>();
        Add(a, b, 1, 1, 20);
        Add(a, b, 1, 0, 5);
        Add(a, b, 0, 1, 10);
        Add(a, b, 0, 0, 15);

        var result = CohenKappa.Compute(ReliabilityData.FromCoderRows([a, b]));

        result.Units.ShouldBe(50);
        result.ObservedAgreement!.Value.ShouldBe(0.7, 1e-12);
        result.ChanceAgreement!.Value.ShouldBe(0.5, 1e-12);
        result.Kappa!.Value.ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public void Compute_OnKrippendorffsBinaryExample_DiffersFromAlphaAsHandComputed()
    {
        // Same data as Krippendorff's section A (α = 0.095). By hand: p_o = 6/10, A says 1 twice,
        // B four times: p_e = 0.2·0.4 + 0.8·0.6 = 0.56, κ = 0.04/0.44 = 1/11.
        var data = ReliabilityData.FromCoderRows(
        [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ]);

        CohenKappa.Compute(data).Kappa!.Value.ShouldBe(1.0 / 11, 1e-12);
    }

    [Fact]
    public void Compute_SkipsUnitsOneCoderDidNotJudge_AndIsUndefinedWhenChanceIsCertain()
    {
        var partial = ReliabilityData.FromCoderRows([[1, 0, null, 1], [1, 0, 1, null]]);
        var constant = ReliabilityData.FromCoderRows([[1, 1], [1, 1]]);

        var result = CohenKappa.Compute(partial);
        result.Units.ShouldBe(2);
        result.Kappa.ShouldBe(1.0);
        CohenKappa.Compute(constant).Kappa.ShouldBeNull();
        Should.Throw<ArgumentException>(() => CohenKappa.Compute(ReliabilityData.FromCoderRows([[1], [1], [1]])));
    }

    private static void Add(List<int?> a, List<int?> b, int valueA, int valueB, int times)
    {
        for (var i = 0; i < times; i++)
        {
            a.Add(valueA);
            b.Add(valueB);
        }
    }
}
