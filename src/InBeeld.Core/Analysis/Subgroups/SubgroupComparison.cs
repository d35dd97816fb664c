namespace InBeeld.Core.Analysis.Subgroups;

/// <summary>
/// Subgroups of one participant attribute compared. Interviews without a value for the attribute
/// are left out of every group and test, and counted in <see cref="WithoutValue"/>.
/// </summary>
/// <param name="HasSmallGroups">Some group has interviews but fewer than the small-sample minimum: read its figures as anecdotes.</param>
public sealed record SubgroupComparison(
    string Attribute, string Label, IReadOnlyList<SubgroupRow> Groups, int WithoutValue, bool HasSmallGroups, IReadOnlyList<SubgroupDifference> Differences)
{
    /// <summary>Differences by p-value (smallest first); untestable ones last, ties in table order.</summary>
    public IEnumerable<SubgroupDifference> Ranked() =>
        Differences.Select((d, i) => (d, i)).OrderBy(x => x.d.Test.PValue ?? 2).ThenBy(x => x.i).Select(x => x.d);
}
