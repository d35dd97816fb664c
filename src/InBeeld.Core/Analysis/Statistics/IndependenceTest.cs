namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// Tests whether rows and columns of a contingency table are independent. 2×2 tables always get
/// Fisher's exact test (linear in n). Larger tables get the exact Freeman–Halton test where it
/// matters and is affordable: always when expected counts are small (Cochran's conditions fail, so
/// chi-square would mislead), and for other tables up to <see cref="ExactLimit"/> cases. Large
/// tables that meet Cochran's conditions get Pearson's chi-square, which is close there; so does an
/// exact test that would exceed <see cref="ExactBudget"/> network steps (then flagged as unreliable
/// when Cochran's conditions fail). The method is always named in the result. Empty rows and
/// columns are left out first: they do not change the p-value.
/// </summary>
public static class IndependenceTest
{
    /// <summary>
    /// Largest n for an exact r×c test when chi-square would be reliable anyway. Balanced tables just
    /// above it (n = 150, 9 groups) cost a few hundred milliseconds each, too much for a page of tests.
    /// </summary>
    public const int ExactLimit = 100;

    /// <summary>Beyond this n an exact r×c network is hopeless even for sparse tables.</summary>
    public const int SparseExactLimit = 2_000;

    /// <summary>
    /// Network steps before giving up: room for Agresti's 4×4 example (about 1.27 million), a
    /// few tenths of a second at most on the reference machine.
    /// </summary>
    public const long ExactBudget = 1_500_000;

    public static TestResult Test(int[,] counts)
    {
        var table = WithoutEmptyLines(counts);
        var n = Sum(table);
        var (rows, columns) = (table.GetLength(0), table.GetLength(1));
        if (rows < 2 || columns < 2)
        {
            return new TestResult { Method = TestMethod.NotTestable, PValue = null, N = n };
        }

        if (rows == 2 && columns == 2)
        {
            var p = FisherTwoByTwo.Test(table[0, 0], table[0, 1], table[1, 0], table[1, 1]).TwoSided;
            return new TestResult { Method = TestMethod.FisherExact, PValue = p, N = n };
        }

        var chiSquare = ChiSquareTest.Test(table);
        var tryExact = chiSquare.ApproximationReliable ? n <= ExactLimit : n <= SparseExactLimit;
        if (tryExact && FisherNetwork.TwoSided(table, ExactBudget) is { } exact)
        {
            return new TestResult { Method = TestMethod.FisherExact, PValue = exact, N = n };
        }

        return chiSquare;
    }

    private static int[,] WithoutEmptyLines(int[,] counts)
    {
        var rowSums = new long[counts.GetLength(0)];
        var columnSums = new long[counts.GetLength(1)];
        for (var i = 0; i < rowSums.Length; i++)
        {
            for (var j = 0; j < columnSums.Length; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(counts[i, j], nameof(counts));
                rowSums[i] += counts[i, j];
                columnSums[j] += counts[i, j];
            }
        }

        var keptRows = Enumerable.Range(0, rowSums.Length).Where(i => rowSums[i] > 0).ToArray();
        var keptColumns = Enumerable.Range(0, columnSums.Length).Where(j => columnSums[j] > 0).ToArray();
        var table = new int[keptRows.Length, keptColumns.Length];
        for (var i = 0; i < keptRows.Length; i++)
        {
            for (var j = 0; j < keptColumns.Length; j++)
            {
                table[i, j] = counts[keptRows[i], keptColumns[j]];
            }
        }

        return table;
    }

    internal static int Sum(int[,] table)
    {
        var n = 0;
        foreach (var x in table)
        {
            n += x;
        }

        return n;
    }
}
