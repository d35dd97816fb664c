namespace InBeeld.Core.EventLogs.Conformance;

/// <summary>
/// A small dense two-phase simplex for <c>minimise c·x subject to A·x = b, x ≥ 0</c> — enough
/// for the alignment heuristic's marking-equation LP (tens to a few hundred variables). Dantzig's
/// rule picks the entering column; after a run of degenerate pivots Bland's rule takes over so the
/// method cannot cycle.
/// </summary>
internal static class Simplex
{
    private const double Epsilon = 1e-9;
    private const int DegenerateRunBeforeBland = 20;

    /// <summary>The optimum, or <c>Feasible = false</c> when no x satisfies the constraints.</summary>
    public static LpSolution Solve(double[,] a, double[] b, double[] c)
    {
        var m = b.Length;
        var n = c.Length;
        var width = n + m + 1;
        var rhs = width - 1;
        var t = new double[m * width];
        var basis = new int[m];
        for (var i = 0; i < m; i++)
        {
            var sign = b[i] < 0 ? -1.0 : 1.0;
            for (var j = 0; j < n; j++)
            {
                t[(i * width) + j] = sign * a[i, j];
            }

            t[(i * width) + n + i] = 1;
            t[(i * width) + rhs] = sign * b[i];
            basis[i] = n + i;
        }

        // Phase 1: minimise the sum of the artificial variables.
        var cost = new double[width];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < n; j++)
            {
                cost[j] -= t[(i * width) + j];
            }

            cost[rhs] -= t[(i * width) + rhs];
        }

        Iterate(t, cost, basis, m, width, n + m);
        if (-cost[rhs] > 1e-7)
        {
            return LpSolution.Infeasible;
        }

        // Drive artificial variables out of the basis where a real column can replace them.
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n)
            {
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                if (Math.Abs(t[(i * width) + j]) > Epsilon)
                {
                    Pivot(t, cost, basis, m, width, i, j);
                    break;
                }
            }
        }

        // Phase 2: the real objective, expressed in the current basis; artificial columns may not enter.
        Array.Clear(cost);
        for (var j = 0; j < n; j++)
        {
            cost[j] = c[j];
        }

        for (var i = 0; i < m; i++)
        {
            var basic = basis[i];
            if (basic < n && c[basic] != 0)
            {
                for (var j = 0; j < width; j++)
                {
                    cost[j] -= c[basic] * t[(i * width) + j];
                }
            }
        }

        Iterate(t, cost, basis, m, width, n);
        var x = new double[n];
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n)
            {
                x[basis[i]] = t[(i * width) + rhs];
            }
        }

        return new LpSolution(true, -cost[rhs], x);
    }

    private static void Iterate(double[] t, double[] cost, int[] basis, int m, int width, int columns)
    {
        var rhs = width - 1;
        var degenerate = 0;
        while (true)
        {
            var bland = degenerate >= DegenerateRunBeforeBland;
            var entering = -1;
            var best = -Epsilon;
            for (var j = 0; j < columns; j++)
            {
                if (cost[j] < best)
                {
                    entering = j;
                    if (bland)
                    {
                        break;
                    }

                    best = cost[j];
                }
            }

            if (entering < 0)
            {
                return;
            }

            var leaving = -1;
            var ratio = double.MaxValue;
            for (var i = 0; i < m; i++)
            {
                var coefficient = t[(i * width) + entering];
                if (coefficient <= Epsilon)
                {
                    continue;
                }

                var r = t[(i * width) + rhs] / coefficient;
                if (r < ratio - Epsilon || (r <= ratio + Epsilon && leaving >= 0 && basis[i] < basis[leaving]))
                {
                    ratio = r;
                    leaving = i;
                }
            }

            if (leaving < 0)
            {
                // Unbounded; cannot happen for the bounded objectives used here.
                return;
            }

            degenerate = ratio <= Epsilon ? degenerate + 1 : 0;
            Pivot(t, cost, basis, m, width, leaving, entering);
        }
    }

    private static void Pivot(double[] t, double[] cost, int[] basis, int m, int width, int row, int column)
    {
        var pivotRow = t.AsSpan(row * width, width);
        var pivot = pivotRow[column];
        for (var j = 0; j < width; j++)
        {
            pivotRow[j] /= pivot;
        }

        for (var i = 0; i < m; i++)
        {
            if (i == row)
            {
                continue;
            }

            var factor = t[(i * width) + column];
            if (factor == 0)
            {
                continue;
            }

            var target = t.AsSpan(i * width, width);
            for (var j = 0; j < width; j++)
            {
                target[j] -= factor * pivotRow[j];
            }
        }

        var costFactor = cost[column];
        if (costFactor != 0)
        {
            for (var j = 0; j < width; j++)
            {
                cost[j] -= costFactor * pivotRow[j];
            }
        }

        basis[row] = column;
    }
}

/// <summary>An LP result: whether it is feasible, the optimal value and a solution vector.</summary>
internal sealed record LpSolution(bool Feasible, double Value, double[] X)
{
    public static LpSolution Infeasible { get; } = new(false, double.PositiveInfinity, []);
}
