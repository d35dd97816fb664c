using InBeeld.Core.Analysis.Agreement;

namespace InBeeld.Core.Tests.Analysis.Agreement;

public sealed class CodingAgreementTests
{
    private static readonly Guid X = new("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Y = new("00000000-0000-0000-0000-00000000000b");
    private static readonly Guid[] Quotes = [.. Enumerable.Range(1, 5).Select(i => new Guid($"00000000-0000-0000-0000-00000000010{i}"))];

    // Anna and Bram code five quotes with codes X and Y:
    //   q1: anna {X}     bram {X}
    //   q2: anna {X, Y}  bram {Y}
    //   q3: anna {}      bram {}
    //   q4: anna {Y}     bram — (not given to Bram)
    //   q5: anna —       bram {X}
    private static List<UnitCoding> Codings() =>
    [
        new(Quotes[0], "anna", [X]), new(Quotes[0], "bram", [X]),
        new(Quotes[1], "anna", [X, Y]), new(Quotes[1], "bram", [Y]),
        new(Quotes[2], "anna", []), new(Quotes[2], "bram", []),
        new(Quotes[3], "anna", [Y]),
        new(Quotes[4], "bram", [X]),
    ];

    [Fact]
    public void PerCode_CountsOnlyUnitsBothJudged_WithHandComputedFigures()
    {
        var report = CodingAgreement.Compare(Codings(), [X, Y]);

        report.Coders.ShouldBe(["anna", "bram"]);
        // X on q1..q3: anna (1, 1, 0), bram (1, 0, 0). Agreement 2/3.
        // κ: p_e = 2/3·1/3 + 1/3·2/3 = 4/9 → (2/3 − 4/9)/(5/9) = 0.4.
        // α: o_11 = 2, o_00 = 2, o_01 = o_10 = 1, n_0 = n_1 = 3 → 1 − 5·2/(2·3·3) = 4/9.
        var x = report.PerCode[0];
        x.CodeId.ShouldBe(X);
        x.Figures.Units.ShouldBe(3);
        x.Figures.PercentAgreement!.Value.ShouldBe(2.0 / 3, 1e-12);
        x.Figures.Kappa!.Value.ShouldBe(0.4, 1e-12);
        x.Figures.Alpha!.Value.ShouldBe(4.0 / 9, 1e-12);
        x.AppliedPerCoder.ShouldBe([2, 2]); // anna q1, q2; bram q1, q5
        var y = report.PerCode[1];
        y.Figures.PercentAgreement.ShouldBe(1.0);
        y.Figures.Kappa.ShouldBe(1.0);
        y.Figures.Alpha.ShouldBe(1.0);
    }

    [Fact]
    public void Overall_PoolsEveryUnitAndCodeDecision()
    {
        var report = CodingAgreement.Compare(Codings(), [X, Y]);

        // Six pooled decisions (X and Y on q1..q3); anna (1,1,0,0,1,0), bram (1,0,0,0,1,0).
        // Agreement 5/6; κ: p_e = 3/6·2/6 + 3/6·4/6 = 1/2 → (5/6 − 1/2)/(1/2) = 2/3;
        // α: o_11 = 4, o_00 = 6, o_01 = o_10 = 1, n_1 = 5, n_0 = 7, n = 12 → 1 − 11·2/(2·5·7) = 24/35.
        report.Overall.Units.ShouldBe(6);
        report.Overall.PercentAgreement!.Value.ShouldBe(5.0 / 6, 1e-12);
        report.Overall.Kappa!.Value.ShouldBe(2.0 / 3, 1e-12);
        report.Overall.Alpha!.Value.ShouldBe(24.0 / 35, 1e-12);
    }

    [Fact]
    public void Disagreements_ListOnlyUnitsJudgedByBothWhereTheyDiffer()
    {
        var report = CodingAgreement.Compare(Codings());

        var difference = report.Disagreements.ShouldHaveSingleItem();
        difference.UnitId.ShouldBe(Quotes[1]);
        difference.CodeId.ShouldBe(X);
        difference.AppliedBy.ShouldBe(["anna"]);
        difference.NotAppliedBy.ShouldBe(["bram"]);
    }

    [Fact]
    public void ThreeCoders_HaveAlphaButNoKappa()
    {
        List<UnitCoding> codings =
        [
            new(Quotes[0], "anna", [X]), new(Quotes[0], "bram", [X]), new(Quotes[0], "cem", []),
            new(Quotes[1], "anna", []), new(Quotes[1], "bram", []), new(Quotes[1], "cem", []),
        ];

        var x = CodingAgreement.Compare(codings).PerCode.ShouldHaveSingleItem();

        // q1 values (1, 1, 0), q2 (0, 0, 0), weight 1/(3−1) per ordered pair: o_11 = 2·½ = 1,
        // o_10 = o_01 = 2·½ = 1, o_00 = 6·½ = 3 → n_1 = 2, n_0 = 4, n = 6; α = 1 − 5·2/(2·4·2) = 3/8.
        x.Figures.Kappa.ShouldBeNull();
        x.Figures.Alpha!.Value.ShouldBe(0.375, 1e-12);
    }

    [Fact]
    public void Compare_RefusesOneCoderOrADoubleJudgement()
    {
        Should.Throw<ArgumentException>(() => CodingAgreement.Compare([new UnitCoding(Quotes[0], "anna", [X])]));
        Should.Throw<ArgumentException>(() => CodingAgreement.Compare(
            [new UnitCoding(Quotes[0], "anna", [X]), new UnitCoding(Quotes[0], "anna", []), new UnitCoding(Quotes[0], "bram", [])]));
    }
}
