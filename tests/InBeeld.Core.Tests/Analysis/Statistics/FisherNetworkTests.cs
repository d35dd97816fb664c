using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Tests.Analysis.Statistics;

public sealed class FisherNetworkTests
{
    [Fact]
    public void JobSatisfaction_MatchesRsPublishedPValue()
    {
        // Agresti (2002, p. 57), job satisfaction by income, the r×c example in R's fisher.test
        // documentation: "fisher.test(Job) # 0.7827". Full enumeration of all 90,208,550 tables with
        // these margins (done once outside the test suite) gives 0.782684939.
        int[,] job =
        {
            { 1, 3, 10, 6 },
            { 2, 3, 10, 7 },
            { 1, 6, 14, 12 },
            { 0, 1, 9, 11 },
        };

        var result = IndependenceTest.Test(job);

        result.Method.ShouldBe(TestMethod.FisherExact);
        result.N.ShouldBe(96);
        result.PValue!.Value.ShouldBe(0.7826849389, 1e-7);
    }

    [Fact]
    public void SmallTables_AgreeWithBruteForceEnumeration()
    {
        var random = new Random(20261122);
        for (var round = 0; round < 40; round++)
        {
            // Some tables have more rows than columns, so the transposed orientation is tested too.
            var rows = random.Next(2, 5);
            var columns = random.Next(2, 4);
            var table = new int[rows, columns];
            for (var i = 0; i < rows; i++)
            {
                for (var j = 0; j < columns; j++)
                {
                    table[i, j] = random.Next(0, 4);
                }
            }

            var exact = FisherNetwork.TwoSided(table, long.MaxValue);
            exact.ShouldNotBeNull();
            exact.Value.ShouldBe(BruteForce(table), 1e-9, $"round {round}");
        }
    }

    [Fact]
    public void TwoByTwo_AgreesWithTheHypergeometricSum()
    {
        int[,] table = { { 3, 1 }, { 1, 3 } };

        FisherNetwork.TwoSided(table, long.MaxValue)!.Value.ShouldBe(34.0 / 70, 1e-12);
    }

    [Fact]
    public void TooMuchWork_GivesNull()
    {
        int[,] table = { { 20, 30, 25, 15 }, { 25, 20, 30, 20 }, { 30, 25, 20, 25 } };

        FisherNetwork.TwoSided(table, budget: 10).ShouldBeNull();
    }

    /// <summary>Sums the probability of every table with the same margins that is no more probable than the observed one.</summary>
    private static double BruteForce(int[,] table)
    {
        var (r, c) = (table.GetLength(0), table.GetLength(1));
        var rowSums = new int[r];
        var columnSums = new int[c];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < c; j++)
            {
                rowSums[i] += table[i, j];
                columnSums[j] += table[i, j];
            }
        }

        var n = rowSums.Sum();
        var logFactorial = new double[n + 1];
        for (var k = 2; k <= n; k++)
        {
            logFactorial[k] = logFactorial[k - 1] + Math.Log(k);
        }

        double LogFactorial(int k) => logFactorial[k];
        var constant = rowSums.Sum(LogFactorial) + columnSums.Sum(LogFactorial) - LogFactorial(n);
        double LogP(int[,] t)
        {
            var sum = constant;
            foreach (var x in t)
            {
                sum -= LogFactorial(x);
            }

            return sum;
        }

        var observed = LogP(table);
        var candidate = new int[r, c];
        double p = 0;
        void Cell(int index, int[] rowLeft, int[] columnLeft)
        {
            if (index == r * c)
            {
                if (rowLeft.All(x => x == 0) && columnLeft.All(x => x == 0) && LogP(candidate) <= observed + 1e-7)
                {
                    p += Math.Exp(LogP(candidate));
                }

                return;
            }

            var (i, j) = (index / c, index % c);
            for (var v = 0; v <= Math.Min(rowLeft[i], columnLeft[j]); v++)
            {
                candidate[i, j] = v;
                rowLeft[i] -= v;
                columnLeft[j] -= v;
                Cell(index + 1, rowLeft, columnLeft);
                rowLeft[i] += v;
                columnLeft[j] += v;
            }
        }

        Cell(0, rowSums, columnSums);
        return p;
    }
}
