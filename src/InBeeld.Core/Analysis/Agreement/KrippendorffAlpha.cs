namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Krippendorff's α for nominal data: 1 − (observed disagreement / disagreement expected by chance),
/// computed from the <see cref="CoincidenceMatrix"/>. Works for any number of coders and missing
/// values, and corrects for small samples (the n − 1 in the expected disagreement).
/// </summary>
public static class KrippendorffAlpha
{
    /// <summary>
    /// α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k. Null when it is undefined: fewer than two
    /// pairable values, or every pairable value in one category (no variation to agree about).
    /// </summary>
    public static double? Nominal(CoincidenceMatrix matrix)
    {
        var n = matrix.PairableValues;
        if (n < 2)
        {
            return null;
        }

        double observed = 0, expected = 0;
        var categories = matrix.Categories.Count;
        for (var c = 0; c < categories; c++)
        {
            for (var k = 0; k < categories; k++)
            {
                if (c != k)
                {
                    observed += matrix[c, k];
                    expected += matrix.Totals[c] * matrix.Totals[k];
                }
            }
        }

        return expected == 0 ? null : 1 - ((n - 1) * observed / expected);
    }

    public static double? Nominal(ReliabilityData data) => Nominal(CoincidenceMatrix.From(data));
}
