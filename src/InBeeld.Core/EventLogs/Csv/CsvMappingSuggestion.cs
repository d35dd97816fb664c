namespace InBeeld.Core.EventLogs.Csv;

/// <summary>A mapping guessed from the header names; any role may be unknown (null).</summary>
public sealed record CsvMappingSuggestion(
    string? Case, string? Activity, string? Timestamp, string? StartTimestamp, string? Organization, string? Resource, string? Lifecycle)
{
    /// <summary>The suggestion as a mapping; null when a required column (case, activity, timestamp) is unknown.</summary>
    public CsvMapping? ToMapping() => Case is null || Activity is null || Timestamp is null
        ? null
        : new CsvMapping
        {
            Case = Case,
            Activity = Activity,
            Timestamp = Timestamp,
            StartTimestamp = StartTimestamp,
            Organization = Organization,
            Resource = Resource,
            Lifecycle = Lifecycle,
        };
}
