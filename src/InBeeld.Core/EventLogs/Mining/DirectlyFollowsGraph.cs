namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// The directly-follows graph of a log: activity frequencies, edges with frequency and waiting
/// times, and how often each activity starts or ends a case. Edges are ordered by count
/// (highest first), then by from and to index, so output is the same on every run.
/// </summary>
public sealed record DirectlyFollowsGraph
{
    public required IReadOnlyList<string> ActivityNames { get; init; }

    /// <summary>Occurrences per activity (index as in <see cref="ActivityNames"/>).</summary>
    public required IReadOnlyList<int> ActivityCounts { get; init; }

    public required IReadOnlyList<DfgEdge> Edges { get; init; }

    public required IReadOnlyList<ActivityCount> StartActivities { get; init; }

    public required IReadOnlyList<ActivityCount> EndActivities { get; init; }

    public required int CaseCount { get; init; }

    /// <summary>Cases without any event: part of <see cref="CaseCount"/>, no start or end activity.</summary>
    public required int EmptyCases { get; init; }

    /// <summary>
    /// The graph without edges seen fewer than <paramref name="minimum"/> times — start and end
    /// edges included. Activity counts stay; a drawing leaves out activities without any edge left.
    /// </summary>
    public DirectlyFollowsGraph WithMinimumEdgeCount(int minimum) => this with
    {
        Edges = [.. Edges.Where(e => e.Count >= minimum)],
        StartActivities = [.. StartActivities.Where(s => s.Count >= minimum)],
        EndActivities = [.. EndActivities.Where(s => s.Count >= minimum)],
    };
}
