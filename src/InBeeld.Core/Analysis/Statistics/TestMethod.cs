namespace InBeeld.Core.Analysis.Statistics;

public enum TestMethod
{
    /// <summary>Fewer than two non-empty rows or columns: there is nothing to compare.</summary>
    NotTestable,

    /// <summary>Fisher's exact test (Freeman–Halton for tables larger than 2×2).</summary>
    FisherExact,

    /// <summary>Pearson's chi-square test: used for large r×c tables, where the exact test costs too much and the approximation is good.</summary>
    ChiSquare,
}
