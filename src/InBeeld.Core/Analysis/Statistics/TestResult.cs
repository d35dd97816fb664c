namespace InBeeld.Core.Analysis.Statistics;

/// <summary>
/// The outcome of a test of independence on a contingency table, always with its <see cref="N"/>
/// and the method used, so a reader can judge it.
/// </summary>
public sealed record TestResult
{
    public required TestMethod Method { get; init; }

    /// <summary>Two-sided p-value; null when <see cref="TestMethod.NotTestable"/>.</summary>
    public required double? PValue { get; init; }

    /// <summary>Cases in the table.</summary>
    public required int N { get; init; }

    /// <summary>Pearson's X², for <see cref="TestMethod.ChiSquare"/> only.</summary>
    public double? ChiSquare { get; init; }

    public int? DegreesOfFreedom { get; init; }

    /// <summary>
    /// For <see cref="TestMethod.ChiSquare"/>: whether Cochran's conditions hold (every expected count
    /// at least 1, and at least 80 % of them 5 or more). When false the p-value is a rough guide only.
    /// </summary>
    public bool ApproximationReliable { get; init; } = true;
}
