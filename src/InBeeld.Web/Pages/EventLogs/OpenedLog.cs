using InBeeld.Data.EventLogs.Sql;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>A stored log found in its study, and where its figures will be computed.</summary>
public sealed record OpenedLog(LogHeader Header, LogMiningPath Path)
{
    public Guid StudyId => Header.Log.StudyId;

    public Guid LogId => Header.Log.Id;
}
