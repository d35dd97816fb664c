namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// Fisher's exact test on a 2×2 table [[a, b], [c, d]]: p-values for "no association" against a
/// difference either way (two-sided) or in one direction (odds ratio below or above 1).
/// </summary>
public sealed record FisherTwoByTwo(double TwoSided, double Less, double Greater)
{
    /// <summary>
    /// The hypergeometric probabilities of every table with the same margins, in log space. The
    /// two-sided p sums the tables no more probable than the observed one, with R's relative
    /// tolerance of 1e-7 so ties computed with rounding still count.
    /// </summary>
    public static FisherTwoByTwo Test(int a, int b, int c, int d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "Counts cannot be negative.");
        }

        var n = a + b + c + d;
        var row1 = a + b;
        var column1 = a + c;
        var lf = LogFactorials.Table(n);
        var logDenominator = lf[n] - lf[row1] - lf[n - row1];
        double LogP(int x) =>
            lf[column1] - lf[x] - lf[column1 - x] + lf[n - column1] - lf[row1 - x] - lf[n - column1 - row1 + x] - logDenominator;

        var observed = LogP(a) + Tolerance.LogRelative;
        double twoSided = 0, less = 0, greater = 0;
        for (var x = Math.Max(0, row1 + column1 - n); x <= Math.Min(row1, column1); x++)
        {
            var logP = LogP(x);
            var p = Math.Exp(logP);
            twoSided += logP <= observed ? p : 0;
            less += x <= a ? p : 0;
            greater += x >= a ? p : 0;
        }

        return new FisherTwoByTwo(Math.Min(1, twoSided), Math.Min(1, less), Math.Min(1, greater));
    }
}
