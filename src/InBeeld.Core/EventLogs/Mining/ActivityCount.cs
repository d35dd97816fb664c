namespace InBeeld.Core.EventLogs.Mining;

/// <summary>How often an activity (index into the log's activity names) occurs in some role.</summary>
public readonly record struct ActivityCount(int Activity, int Count);
