namespace InBeeld.Data.EventLogs;

/// <summary>
/// The value an occurrence (case number and sequence, as in <see cref="StoredLogEvent"/>) has for an
/// event attribute column; occurrences without a value have no row. Keyed by value first, like
/// <see cref="StoredLogCaseAttribute"/>, so filters in SQL find the matching occurrences by range.
/// </summary>
public sealed class StoredLogEventAttribute
{
    public Guid LogId { get; set; }
    public int ColumnNo { get; set; }
    public int ValueNo { get; set; }
    public int CaseNo { get; set; }
    public int Seq { get; set; }
}
