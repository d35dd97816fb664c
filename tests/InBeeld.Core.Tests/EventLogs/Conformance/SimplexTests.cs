using InBeeld.Core.EventLogs.Conformance;

namespace InBeeld.Core.Tests.EventLogs.Conformance;

public sealed class SimplexTests
{
    [Fact]
    public void Solve_FindsTheOptimumOfASmallLp()
    {
        // minimise x + y with x + 2y − s1 = 4, 3x + y − s2 = 6 (s ≥ 0 slack): optimum at x = 1.6, y = 1.2, value 2.8 (by hand).
        var a = new double[,] { { 1, 2, -1, 0 }, { 3, 1, 0, -1 } };

        var solution = Simplex.Solve(a, [4, 6], [1, 1, 0, 0]);

        solution.Feasible.ShouldBeTrue();
        solution.Value.ShouldBe(2.8, 1e-9);
        solution.X[0].ShouldBe(1.6, 1e-9);
        solution.X[1].ShouldBe(1.2, 1e-9);
    }

    [Fact]
    public void Solve_ReportsInfeasibility()
    {
        // x + y = −1 has no solution with x, y ≥ 0.
        Simplex.Solve(new double[,] { { 1, 1 } }, [-1], [1, 1]).Feasible.ShouldBeFalse();
    }

    [Fact]
    public void Solve_HandlesRedundantAndNegativeRows()
    {
        // x − y = −2 (so y = x + 2), twice; minimise y: x = 0, y = 2.
        var solution = Simplex.Solve(new double[,] { { 1, -1 }, { 2, -2 } }, [-2, -4], [0, 1]);

        solution.Feasible.ShouldBeTrue();
        solution.Value.ShouldBe(2, 1e-9);
    }
}
