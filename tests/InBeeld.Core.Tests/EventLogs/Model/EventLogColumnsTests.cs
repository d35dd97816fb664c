using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;

namespace InBeeld.Core.Tests.EventLogs.Model;

/// <summary>Building a log from stored columns, attribute columns included (the store's load path).</summary>
public sealed class EventLogColumnsTests
{
    [Fact]
    public void StoredAttributeColumns_BecomeTheLogsAttributes_AndFilterLikeRead()
    {
        var log = TwoCases(
            caseAttributes: [AttributeColumn.FromParts("wijk", [AttributeValue.FromText("Noord"), AttributeValue.FromText("Zuid")], [1, 0])],
            eventAttributes: [AttributeColumn.FromParts("uren", [AttributeValue.FromFloat(1.5)], [0, EventLog.None, 0])]);

        log.FindCaseAttribute("wijk")!.TryGet(0, out var first).ShouldBeTrue();
        first.ShouldBe(AttributeValue.FromText("Zuid"));
        log.FindEventAttribute("uren")!.TryGet(1, out _).ShouldBeFalse("row 1 has no value");

        // Case 0 has events 0-1, case 1 has event 2: "uren 1.5" occurs in both, "wijk Noord" only in case 1.
        EventLogFilters.Attribute(log, new AttributeFilter("uren", new HashSet<string> { "1.5" })).CaseCount.ShouldBe(2);
        var noord = EventLogFilters.Attribute(log, new AttributeFilter("wijk", new HashSet<string> { "Noord" }));
        noord.CaseIds.ToArray().ShouldBe([log.CaseIds[1]]);
    }

    [Fact]
    public void AValueIndexOutsideTheValues_IsRefused()
    {
        Should.Throw<ArgumentException>(() => AttributeColumn.FromParts("wijk", [AttributeValue.FromText("Noord")], [0, 1]))
            .Message.ShouldContain("wijk");
        Should.Throw<ArgumentException>(() => AttributeColumn.FromParts("wijk", [AttributeValue.FromText("Noord")], [-2]));
    }

    [Fact]
    public void AttributeColumnsOfTheWrongLength_AreRefused()
    {
        var caseColumnWithThreeRows = AttributeColumn.FromParts("wijk", [AttributeValue.FromText("Noord")], [0, 0, 0]);
        Should.Throw<ArgumentException>(() => TwoCases([caseColumnWithThreeRows], []));
        var eventColumnWithTwoRows = AttributeColumn.FromParts("uren", [AttributeValue.FromFloat(1)], [0, 0]);
        Should.Throw<ArgumentException>(() => TwoCases([], [eventColumnWithTwoRows]));
    }

    private static EventLog TwoCases(AttributeColumn[] caseAttributes, AttributeColumn[] eventAttributes) => new EventLogColumns
    {
        SourceName = "opgeslagen",
        CaseIds = [Guid.NewGuid(), Guid.NewGuid()],
        CaseOffsets = [0, 2, 3],
        Activity = [0, 1, 0],
        Resource = [EventLog.None, EventLog.None, EventLog.None],
        Organization = [EventLog.None, EventLog.None, EventLog.None],
        Complete = [10, 20, 30],
        ActivityNames = ["Aanmelding", "Intake"],
        ResourceNames = [],
        OrganizationNames = [],
        CaseAttributes = caseAttributes,
        EventAttributes = eventAttributes,
    }.ToEventLog();
}
