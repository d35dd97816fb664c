namespace InBeeld.Core.Analysis.Agreement;

/// <summary>
/// Observed agreement: the share of pairable values whose pair partners agree (Σ o_cc / n in the
/// coincidence matrix). For two coders without missing values this is simply the share of units
/// both coded the same; with more coders it is the mean pairwise agreement per unit.
/// </summary>
public static class PercentAgreement
{
    /// <summary>A share between 0 and 1; null when no unit has two values.</summary>
    public static double? Compute(CoincidenceMatrix matrix)
    {
        if (matrix.PairableValues == 0)
        {
            return null;
        }

        double agreeing = 0;
        for (var c = 0; c < matrix.Categories.Count; c++)
        {
            agreeing += matrix[c, c];
        }

        return agreeing / matrix.PairableValues;
    }

    public static double? Compute(ReliabilityData data) => Compute(CoincidenceMatrix.From(data));
}
