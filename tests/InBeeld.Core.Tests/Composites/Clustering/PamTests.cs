using InBeeld.Core.Composites.Clustering;
using static InBeeld.Core.Tests.Composites.Clustering.SilhouetteTests;

namespace InBeeld.Core.Tests.Composites.Clustering;

public sealed class PamTests
{
    [Fact]
    public void Build_AndSwap_FindTheHandComputedMedoids()
    {
        // x = 0, 1, 4, 5, 20. BUILD: sums of distances 30, 27, 24, 25, 70 → first medoid x=4 (index 2).
        // Gains of a second medoid: x=0: 6, x=1: 6, x=5: 2, x=20: 16 → x=20. Cost: 4 + 3 + 0 + 1 = 8;
        // no swap lowers it (x=1 instead of x=4 also costs 8, and a tie does not swap).
        var two = Pam.Run(Line(0, 1, 4, 5, 20), 2);
        two.Medoids.ShouldBe([2, 4]);
        two.Assignment.ShouldBe([0, 0, 0, 0, 1]);
        two.Cost.ShouldBe(8, 1e-6);

        // Third medoid: gains x=0: 6, x=1: 6 (tie → lower index), x=5: 1 → x=0; cost 1 + 1 = 2.
        var three = Pam.Run(Line(0, 1, 4, 5, 20), 3);
        three.Medoids.ShouldBe([0, 2, 4]);
        three.Assignment.ShouldBe([0, 0, 1, 1, 2]);
        three.Cost.ShouldBe(2, 1e-6);
    }

    [Fact]
    public void Swap_ImprovesABadBuild()
    {
        // x = 0, 1, 2, 5, 8, 9, 10. BUILD picks the centre x=5 (sum 24) and then x=1 (gain 10, tied
        // with x=9 → lower index): cost 1 + 1 + 3 + 4 + 5 = 14. SWAP x=5 for x=8 or x=9 both give 8;
        // the first found (x=8, index 4) wins, and no later swap beats 8.
        var result = Pam.Run(Line(0, 1, 2, 5, 8, 9, 10), 2);

        result.Medoids.ShouldBe([1, 4]);
        result.Assignment.ShouldBe([0, 0, 0, 1, 1, 1, 1]);
        result.Cost.ShouldBe(1 + 1 + 3 + 1 + 2, 1e-6);
    }

    [Fact]
    public void DuplicateItems_GoToTheLowerMedoid_AndMedoidsStayInTheirOwnGroup()
    {
        // Four identical items: every distance 0. Medoids are the two lowest indexes; the others
        // are equally near both and go to the first.
        var result = Pam.Run(Line(3, 3, 3, 3), 2);

        result.Medoids.ShouldBe([0, 1]);
        result.Assignment.ShouldBe([0, 1, 0, 0]);
    }

    [Fact]
    public void K_MustFit()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Pam.Run(Line(1, 2), 3));
        Pam.Run(Line(), 1).Medoids.ShouldBeEmpty();
    }
}
