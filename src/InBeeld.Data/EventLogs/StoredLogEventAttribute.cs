namespace InBeeld.Data.EventLogs;

/// <summary>
/// The value an occurrence (case number and sequence, as in <see cref="StoredLogEvent"/>) has for an
/// event attribute column; occurrences without a value have no row. Keyed by value first, like
/// <see cref="StoredLogCaseAttribute"/>, so filters in SQL find the matching occurrences by range.
/// </summary>
/// <remarks>
/// <see cref="Seq"/> −1 means every occurrence of the case has this value (written for cases of two
/// or more occurrences that all agree: CSV exports repeat case-level columns on every line). A
/// filter on "cases where some occurrence has value v" needs no change; a join to one occurrence
/// matches <c>Seq = e.Seq OR Seq = -1</c>.
/// </remarks>
public sealed class StoredLogEventAttribute
{
    public Guid LogId { get; set; }
    public int ColumnNo { get; set; }
    public int ValueNo { get; set; }
    public int CaseNo { get; set; }
    public int Seq { get; set; }
}
