using InBeeld.Core.Composites.Similarity;

namespace InBeeld.Core.Tests.Composites.Similarity;

public sealed class StepEditDistanceTests
{
    // Tokens: A = phase 0 at organisation 0, B = phase 1 at 1, C = phase 2 at 2; B' shares B's phase only.
    private static readonly int A = StepTokens.Pack(0, 0), B = StepTokens.Pack(1, 1), C = StepTokens.Pack(2, 2), BPhase = StepTokens.Pack(1, 5);

    [Fact]
    public void DeletingOneStepOfThree_CostsOneThird()
    {
        // One deletion costs 2 units; the worst case for length 3 is 3 × 2 = 6.
        StepEditDistance.Cost([A, B, C], [A, C]).ShouldBe(2);
        StepEditDistance.Normalized([A, B, C], [A, C]).ShouldBe(1.0 / 3, 1e-12);
    }

    [Fact]
    public void SameOrganisationOrPhase_CostsHalfAReplacement()
    {
        StepEditDistance.Cost([B], [BPhase]).ShouldBe(1);
        StepEditDistance.Normalized([B], [BPhase]).ShouldBe(0.5);
        StepEditDistance.Cost([StepTokens.Pack(3, 1)], [B]).ShouldBe(1); // same organisation, other phase
        StepEditDistance.Normalized([A], [C]).ShouldBe(1);
    }

    [Fact]
    public void Order_Counts()
    {
        StepEditDistance.Normalized([A, B], [A, B]).ShouldBe(0);
        // B then A shares no position with A then B: two replacements (or a delete and an insert) = 4 of 4.
        StepEditDistance.Normalized([A, B], [B, A]).ShouldBe(1);
    }

    [Fact]
    public void EmptyRoutes_AreEqual_AndAgainstOneStepFullyDifferent()
    {
        StepEditDistance.Normalized([], []).ShouldBe(0);
        StepEditDistance.Normalized([A], []).ShouldBe(1);
    }

    [Fact]
    public void Cost_IsSymmetric_AndMatchesTheAlignmentTable()
    {
        int[] x = [A, B, C, A, BPhase], y = [B, A, C, C];
        StepEditDistance.Cost(x, y).ShouldBe(StepEditDistance.Cost(y, x));
    }

    [Fact]
    public void Align_PairsStepsThatShareSomething_AndSkipsTheRest()
    {
        StepEditDistance.Align([A, B, C], [A, BPhase, C]).ShouldBe([(0, 0), (1, 1), (2, 2)]);
        StepEditDistance.Align([A, B, C], [A, StepTokens.Pack(4, 4), C]).ShouldBe([(0, 0), (2, 2)]);
        StepEditDistance.Align([A, B, C], [A, C]).ShouldBe([(0, 0), (2, 1)]);
        StepEditDistance.Align([A, C], [A, B, C]).ShouldBe([(0, 0), (1, 2)]);
    }

    [Fact]
    public void Tokens_RoundTrip_WithNone()
    {
        var token = StepTokens.Pack(-1, 7);
        StepTokens.PhaseOf(token).ShouldBe(-1);
        StepTokens.OrganizationOf(token).ShouldBe(7);
        Should.Throw<ArgumentOutOfRangeException>(() => StepTokens.Pack(0, StepTokens.MaxIndex + 1));
    }
}
