using InBeeld.Core.EventLogs.Mining;

namespace InBeeld.Core.EventLogs.Comparison;

/// <summary>
/// What a log shows for one handover between two of the study's organisations: how often a case
/// went from one to the other, in how many cases, the waits in between, and how many cases ended
/// without an outcome right after it (this was their last handover).
/// </summary>
public sealed record LogHandover(int Transitions, int Cases, DurationStatistics Waiting, int DroppedAfter);
