namespace InBeeld.Data.EventLogs;

/// <summary>
/// The value a case has for a case attribute column (cases without a value have no row). The key
/// starts with the value, so "the cases where column c has one of these values" is a range scan.
/// </summary>
public sealed class StoredLogCaseAttribute
{
    public Guid LogId { get; set; }
    public int ColumnNo { get; set; }
    public int ValueNo { get; set; }
    public int CaseNo { get; set; }
}
