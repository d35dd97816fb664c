namespace InBeeld.Data.EventLogs;

/// <summary>
/// A case of a stored log: its number within the log and its pseudonym (a keyed hash with the
/// study's secret, never the original id), so logs of one study join on the same person.
/// </summary>
public sealed class StoredLogCase
{
    public Guid LogId { get; set; }
    public int CaseNo { get; set; }
    public Guid Pseudonym { get; set; }
}
