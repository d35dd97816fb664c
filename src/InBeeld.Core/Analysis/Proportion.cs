namespace InBeeld.Core.Analysis;

/// <summary>
/// A count with its denominator — "12 van 36 interviews". There is deliberately no percentage without
/// it: <see cref="Share"/> lives on the same value as the n it is computed from.
/// </summary>
public readonly record struct Proportion(int Count, int Total)
{
    /// <summary>Count / Total between 0 and 1; null when Total is 0.</summary>
    public double? Share => Total == 0 ? null : (double)Count / Total;
}
