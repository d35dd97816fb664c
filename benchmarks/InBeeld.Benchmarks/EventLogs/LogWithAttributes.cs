using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Benchmarks.EventLogs;

/// <summary>
/// A generated log with the kind of attributes a case-system export carries, added reproducibly
/// (seed 1): case attributes "wijk" (12 values) and "leeftijdsgroep" (5), event attributes
/// "kanaal" (4 values, drawn per event), "team" (20 values, one per case and repeated on each of its
/// events, as case-system exports do with case-level fields) and "bedrag" (a float with 10,000
/// possible values, on about one event in three).
/// </summary>
internal static class LogWithAttributes
{
    public static EventLog Add(EventLog log)
    {
        var random = new Random(1);
        var wijk = Column("wijk", log.CaseCount, Enumerable.Range(1, 12).Select(i => AttributeValue.FromText($"Wijk {i}")).ToArray(), random, always: true);
        var leeftijd = Column("leeftijdsgroep", log.CaseCount, ["0-11", "12-17", "18-22", "23-26", "27+"], random, always: true);
        var kanaal = Column("kanaal", log.EventCount, ["telefoon", "balie", "website", "brief"], random, always: true);
        var teamOfCase = Column("team", log.CaseCount, Enumerable.Range(1, 20).Select(i => AttributeValue.FromText($"Team {i}")).ToArray(), random, always: true);
        var teamRows = new int[log.EventCount];
        for (var c = 0; c < log.CaseCount; c++)
        {
            teamRows.AsSpan(log.CaseOffsets[c], log.CaseLength(c)).Fill(teamOfCase.Rows[c]);
        }

        var team = AttributeColumn.FromParts("team", teamOfCase.Values.ToArray(), teamRows);
        var bedragen = Enumerable.Range(0, 10_000).Select(i => AttributeValue.FromFloat(i * 12.5)).ToArray();
        var bedrag = Column("bedrag", log.EventCount, bedragen, random, always: false);
        return new EventLogColumns
        {
            SourceName = log.SourceName, CaseIds = log.CaseIds.ToArray(), CaseOffsets = log.CaseOffsets.ToArray(), Activity = log.Activity.ToArray(),
            Resource = log.Resource.ToArray(), Organization = log.Organization.ToArray(), Complete = log.Complete.ToArray(),
            Start = log.HasStartTimes ? log.Start.ToArray() : null, ActivityNames = log.ActivityNames, ResourceNames = log.ResourceNames,
            OrganizationNames = log.OrganizationNames, SkippedLifecycleEvents = log.SkippedLifecycleEvents,
            CaseAttributes = [wijk, leeftijd], EventAttributes = [kanaal, team, bedrag],
        }.ToEventLog();
    }

    private static AttributeColumn Column(string key, int rows, AttributeValue[] values, Random random, bool always)
    {
        var indexes = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            indexes[r] = always || random.Next(3) == 0 ? random.Next(values.Length) : EventLog.None;
        }

        return AttributeColumn.FromParts(key, values, indexes);
    }

    private static AttributeColumn Column(string key, int rows, string[] values, Random random, bool always) =>
        Column(key, rows, values.Select(AttributeValue.FromText).ToArray(), random, always);
}
