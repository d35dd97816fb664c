using InBeeld.Core.Analysis.Agreement;

namespace InBeeld.Core.Tests.Analysis.Agreement;

public sealed class KrippendorffAlphaTests
{
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, section C: "nominal data,
    // any number of observers, missing data". Four observers, twelve units; published α = 0.743.
    // Exact value by hand from the coincidence matrix: n = 40, Σ_{c≠k} o_ck = 8,
    // Σ_{c≠k} n_c n_k = 40² − (9² + 13² + 10² + 5² + 3²) = 1216, α = 1 − 39·8/1216 = 113/152.
    private static readonly int?[][] PublishedExample =
    [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
        [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];

    [Fact]
    public void Nominal_ReproducesKrippendorffsWorkedExampleWithMissingValues()
    {
        var data = ReliabilityData.FromCoderRows(PublishedExample);

        var alpha = KrippendorffAlpha.Nominal(data);

        alpha!.Value.ShouldBe(113.0 / 152, 1e-12);
        Math.Round(alpha.Value, 3).ShouldBe(0.743);
    }

    [Fact]
    public void CoincidenceMatrix_HasThePublishedTotalsAndLeavesOutUnitsWithOneValue()
    {
        var matrix = CoincidenceMatrix.From(ReliabilityData.FromCoderRows(PublishedExample));

        // The paper's marginals: n_1 = 9, n_2 = 13, n_3 = 10, n_4 = 5, n_5 = 3, n = 40.
        matrix.Categories.ShouldBe([1, 2, 3, 4, 5]);
        matrix.Totals.ShouldBe([9.0, 13.0, 10.0, 5.0, 3.0], 1e-12);
        matrix.PairableValues.ShouldBe(40, 1e-12);
        matrix.PairableUnits.ShouldBe(11); // unit 12 has one value only
        // o_11 = 7: unit 1 (three 1s: 6 pairs × 1/2) + unit 8 (three 1s of four: 6 × 1/3) + unit 11 (2 × 1).
        matrix[0, 0].ShouldBe(7, 1e-12);
        // o_23 = 4/3: unit 2 (C's 3 against three 2s: 3 × 1/3) + unit 6 (values 1, 2, 3, 4: 1 × 1/3).
        matrix[1, 2].ShouldBe(4.0 / 3, 1e-12);
    }

    [Fact]
    public void Nominal_TwoCodersBinary_ReproducesPublishedValue()
    {
        // Krippendorff (2011), section A: binary data, two observers, ten units; published α = 0.095.
        // By hand: o_00 = 10, o_11 = 2, o_01 = o_10 = 4, n_0 = 14, n_1 = 6, α = 1 − 19·8/(2·14·6) = 2/21.
        var data = ReliabilityData.FromCoderRows(
        [
            [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
            [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
        ]);

        KrippendorffAlpha.Nominal(data)!.Value.ShouldBe(2.0 / 21, 1e-12);
        PercentAgreement.Compute(data)!.Value.ShouldBe(0.6, 1e-12);
    }

    [Fact]
    public void Nominal_IsUndefinedWithoutVariation_AndOneWhenAllAgree()
    {
        var same = ReliabilityData.FromCoderRows([[1, 1, 1], [1, 1, 1]]);
        var agree = ReliabilityData.FromCoderRows([[1, 2, null], [1, 2, 3]]);

        KrippendorffAlpha.Nominal(same).ShouldBeNull();
        KrippendorffAlpha.Nominal(agree).ShouldBe(1.0);
    }

    [Fact]
    public void PercentAgreement_WithThreeCoders_IsTheMeanPairwiseAgreement()
    {
        // One unit, values (1, 1, 2): of the 6 ordered pairs, 2 agree → 1/3.
        var data = ReliabilityData.FromCoderRows([[1], [1], [2]]);

        PercentAgreement.Compute(data)!.Value.ShouldBe(1.0 / 3, 1e-12);
    }

    [Fact]
    public void FromCoderRows_RefusesRowsOfDifferentLength()
    {
        Should.Throw<ArgumentException>(() => ReliabilityData.FromCoderRows([[1, 2], [1]]));
        Should.Throw<ArgumentException>(() => ReliabilityData.FromCoderRows([[1, 2]]));
    }
}
