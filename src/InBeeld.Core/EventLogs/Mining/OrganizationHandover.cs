namespace InBeeld.Core.EventLogs.Mining;

/// <summary>Cases passing from one organisation to another (indexes into the log's organisation names), with the waits in between.</summary>
public sealed record OrganizationHandover(int From, int To, int Count, int Cases, DurationStatistics Waiting);
