using InBeeld.Core.EventLogs.Model;
using InBeeld.Data.EventLogs.Sql;

namespace InBeeld.Web.Pages.EventLogs;

/// <summary>
/// What the log page needs to know of a (filtered) log besides its figures: its size and the names
/// that indexes in the figures point to — whether the log was loaded or stayed in the database.
/// </summary>
public sealed record LogSummary(int CaseCount, int EventCount, IReadOnlyList<string> ActivityNames, IReadOnlyList<string> OrganizationNames)
{
    public static LogSummary Of(EventLog log) => new(log.CaseCount, log.EventCount, log.ActivityNames, log.OrganizationNames);

    public static LogSummary Of(LogHeader header) => new(header.Log.CaseCount, header.Log.EventCount, header.Activities, header.Organizations);
}
