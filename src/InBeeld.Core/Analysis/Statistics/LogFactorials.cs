namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// ln k! for k = 0…n, so exact tests work with log probabilities and large n cannot overflow.
/// Small k are summed; from 256 on Stirling's series with four correction terms is used, whose
/// error there is far below double precision — a plain running sum would drift by ~1e-9 at 10,000.
/// </summary>
internal static class LogFactorials
{
    private const int SummedUpTo = 256;

    public static double[] Table(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var table = new double[n + 1];
        for (var k = 2; k <= n; k++)
        {
            table[k] = k < SummedUpTo ? table[k - 1] + Math.Log(k) : Stirling(k);
        }

        return table;
    }

    public static double Of(int k) => k < SummedUpTo ? Table(k)[k] : Stirling(k);

    private static double Stirling(double k)
    {
        var inverse = 1 / k;
        var inverse2 = inverse * inverse;
        var series = inverse * ((1.0 / 12) - (inverse2 * ((1.0 / 360) - (inverse2 * ((1.0 / 1260) - (inverse2 / 1680))))));
        return (k * Math.Log(k)) - k + (0.5 * Math.Log(2 * Math.PI * k)) + series;
    }
}
