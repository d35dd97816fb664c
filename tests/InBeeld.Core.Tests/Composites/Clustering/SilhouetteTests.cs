using InBeeld.Core.Composites.Clustering;

namespace InBeeld.Core.Tests.Composites.Clustering;

public sealed class SilhouetteTests
{
    /// <summary>Points on a line, distance |x − y|.</summary>
    internal static DistanceMatrix Line(params double[] x)
    {
        var square = new double[x.Length, x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                square[i, j] = Math.Abs(x[i] - x[j]);
            }
        }

        return DistanceMatrix.FromSquare(square);
    }

    [Fact]
    public void Silhouette_MatchesTheHandComputedExample()
    {
        // x = 0, 1 | 4, 5 | 20. By hand (Rousseeuw's s = (b − a) / max(a, b)):
        // x=0: a = 1, b = mean(4, 5) = 4.5 → 3.5/4.5 = 7/9;  x=1: a = 1, b = mean(3, 4) = 3.5 → 5/7;
        // x=4: a = 1, b = mean(4, 3) = 3.5 → 5/7;             x=5: a = 1, b = mean(5, 4) = 4.5 → 7/9;
        // x=20 is alone in its group → 0.
        var d = Line(0, 1, 4, 5, 20);
        var scores = Silhouette.Compute(d, [0, 0, 1, 1, 2], 3);

        scores.ShouldBe([7.0 / 9, 5.0 / 7, 5.0 / 7, 7.0 / 9, 0], tolerance: 1e-6);
        scores.Average().ShouldBe(((7.0 / 9) + (5.0 / 7)) * 2 / 5, 1e-6);
    }

    [Fact]
    public void Silhouette_OfTwoGroups_ComputedByHand()
    {
        // {0, 1, 4, 5} and {20}: x=0: a = (1+4+5)/3 = 10/3, b = 20 → (20 − 10/3)/20 = 5/6;
        // x=1: a = 8/3, b = 19 → 49/57; x=4: a = 8/3, b = 16 → 5/6; x=5: a = 10/3, b = 15 → 7/9.
        var scores = Silhouette.Compute(Line(0, 1, 4, 5, 20), [0, 0, 0, 0, 1], 2);

        scores.ShouldBe([5.0 / 6, 49.0 / 57, 5.0 / 6, 7.0 / 9, 0], tolerance: 1e-6);
    }

    [Fact]
    public void MedoidSilhouette_UsesTheDistancesToTheMedoids()
    {
        // Medoids x=1 and x=4 for {0, 1} and {4, 5}: x=0: a = 1, b = 4 → 3/4; x=1: a = 0 → 1;
        // x=4: 1; x=5: a = 1, b = 4 → 3/4.
        var scores = Silhouette.Medoid(Line(0, 1, 4, 5), [1, 2], [0, 0, 1, 1]);

        scores.ShouldBe([0.75, 1, 1, 0.75], tolerance: 1e-9);
    }

    [Fact]
    public void OneGroup_HasSilhouetteZero()
    {
        Silhouette.Compute(Line(0, 1, 2), [0, 0, 0], 1).ShouldAllBe(s => s == 0);
    }
}
