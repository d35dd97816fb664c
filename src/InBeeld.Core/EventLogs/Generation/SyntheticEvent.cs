namespace InBeeld.Core.EventLogs.Generation;

/// <summary>One generated event (UTC time).</summary>
public readonly record struct SyntheticEvent(string Activity, string Organization, string Resource, DateTime Utc);
