namespace InBeeld.Core.Analysis.Statistics;

/// <summary>How close two table probabilities must be to count as equal (R's fisher.test uses the same 1e-7).</summary>
internal static class Tolerance
{
    /// <summary>ln(1 + 1e-7): a relative tolerance of 1e-7 on a probability, added to a log probability.</summary>
    public static readonly double LogRelative = Math.Log(1 + 1e-7);
}
