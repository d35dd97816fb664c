namespace InBeeld.Core.Analysis.Statistics;

/// <summary>Pearson's chi-square test of independence, p from the upper tail of χ² with (r−1)(c−1) degrees of freedom.</summary>
public static class ChiSquareTest
{
    /// <param name="table">A table without empty rows or columns (see <see cref="IndependenceTest"/>).</param>
    public static TestResult Test(int[,] table)
    {
        var (rows, columns) = (table.GetLength(0), table.GetLength(1));
        var rowSums = new double[rows];
        var columnSums = new double[columns];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                rowSums[i] += table[i, j];
                columnSums[j] += table[i, j];
            }
        }

        var n = rowSums.Sum();
        double statistic = 0;
        int small = 0, tooSmall = 0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                var expected = rowSums[i] * columnSums[j] / n;
                var difference = table[i, j] - expected;
                statistic += difference * difference / expected;
                small += expected < 5 ? 1 : 0;
                tooSmall += expected < 1 ? 1 : 0;
            }
        }

        var df = (rows - 1) * (columns - 1);
        return new TestResult
        {
            Method = TestMethod.ChiSquare,
            PValue = UpperTail(statistic, df),
            N = (int)n,
            ChiSquare = statistic,
            DegreesOfFreedom = df,
            ApproximationReliable = tooSmall == 0 && small * 5 <= rows * columns,
        };
    }

    /// <summary>P(χ²_df ≥ x) = Q(df/2, x/2).</summary>
    public static double UpperTail(double x, int degreesOfFreedom) => Gamma.RegularizedUpper(degreesOfFreedom / 2.0, x / 2);
}
