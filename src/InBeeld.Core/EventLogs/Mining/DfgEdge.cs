namespace InBeeld.Core.EventLogs.Mining;

/// <summary>
/// "<see cref="From"/> is directly followed by <see cref="To"/>" <see cref="Count"/> times, with the
/// waiting time from the completion of the one to the start of the next (0 when they overlap).
/// </summary>
public sealed record DfgEdge(int From, int To, int Count, DurationStatistics Waiting);
