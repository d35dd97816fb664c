using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Statistics;

namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>
/// One measure compared across the groups of an attribute: the proportion per group (in group
/// order), the test of "no difference between groups", and its Benjamini–Hochberg adjusted p-value
/// among all differences of the comparison.
/// </summary>
/// <param name="CodeId">The code, for <see cref="SubgroupMeasure.Code"/>.</param>
public sealed record SubgroupDifference(
    SubgroupMeasure Measure, Guid? CodeId, IReadOnlyList<Proportion> PerGroup, TestResult Test, double? AdjustedPValue, IReadOnlyList<EvidenceFilter> Evidence);
