namespace InBeeld.Data.EventLogs;

/// <summary>
/// One interned name of a stored log (activity, resource or organisation), by its number: events
/// refer to names by number, which keeps the events table narrow and the order of names identical
/// to the in-memory log.
/// </summary>
public sealed class StoredLogName
{
    public Guid LogId { get; set; }
    public LogNameKind Kind { get; set; }
    public int Number { get; set; }
    public required string Name { get; set; }
}
