namespace InBeeld.Core.EventLogs.Csv;

/// <summary>
/// Which CSV column holds what, by header name (case and surrounding spaces do not matter).
/// With <see cref="StartTimestamp"/> a row is one activity with a start and an end; with
/// <see cref="Lifecycle"/> rows are start/complete events as in XES.
/// </summary>
public sealed record CsvMapping
{
    public required string Case { get; init; }
    public required string Activity { get; init; }
    public required string Timestamp { get; init; }
    public string? StartTimestamp { get; init; }
    public string? Organization { get; init; }
    public string? Resource { get; init; }
    public string? Lifecycle { get; init; }

    /// <summary>Further columns kept as event attributes (text).</summary>
    public IReadOnlyList<string> Attributes { get; init; } = [];
}
