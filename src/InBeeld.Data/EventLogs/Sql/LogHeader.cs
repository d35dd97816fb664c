namespace InBeeld.Data.EventLogs.Sql;

/// <summary>A stored log's row and its names by number: all the database path reads besides the bulk tables.</summary>
public sealed record LogHeader(StoredEventLog Log, IReadOnlyList<string> Activities, IReadOnlyList<string> Resources, IReadOnlyList<string> Organizations);
