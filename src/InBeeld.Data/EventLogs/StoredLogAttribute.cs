namespace InBeeld.Data.EventLogs;

/// <summary>
/// One attribute column of a stored log (a case or an event attribute, by its key). Columns are
/// numbered per log: the case attributes first, then the event attributes, each in the order the
/// in-memory log holds them, so loading gives the columns back in the same order.
/// </summary>
public sealed class StoredLogAttribute
{
    public Guid LogId { get; set; }
    public int ColumnNo { get; set; }
    public LogAttributeScope Scope { get; set; }
    public required string Key { get; set; }
}
