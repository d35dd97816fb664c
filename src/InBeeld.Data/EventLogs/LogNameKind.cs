namespace InBeeld.Data.EventLogs;

/// <summary>Which vocabulary of a log a name belongs to.</summary>
public enum LogNameKind
{
    Activity,
    Resource,
    Organization,
}
