using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Validation;

namespace InBeeld.Core.Tests.EventLogs.Mining;

public sealed class EventLogFiltersTests
{
    private static readonly DateTime T = LogBuilding.Origin;

    [Fact]
    public void TimeWindow_ModesKeepTheRightCases()
    {
        // Case 0: minutes 0–10; case 1: 5–20; case 2: 15–16.
        var log = LogBuilding.Timed(
            [("a", 0, null), ("b", 10, null)],
            [("a", 5, null), ("b", 20, null)],
            [("a", 15, null), ("b", 16, null)]);
        var from = T.AddMinutes(4);
        var to = T.AddMinutes(17);

        Ids(EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.Contained)).ShouldBe([2]);
        Ids(EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.Started)).ShouldBe([1, 2]);
        Ids(EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.Intersecting)).ShouldBe([0, 1, 2]);
        var trimmed = EventLogFilters.TimeWindow(log, from, to, TimeWindowMode.TrimEvents);
        LogBuilding.Sequences(trimmed).ShouldBe(["b", "a", "a,b"]);
    }

    [Fact]
    public void Attribute_OnActivityOrganisationAndCaseAttributes()
    {
        var log = LogBuilding.Timed(
            [("a", 0, "UWV"), ("b", 1, "Gemeente")],
            [("a", 0, "School")],
            [("c", 0, null)]);

        Ids(EventLogFilters.Attribute(log, new AttributeFilter("concept:name", new HashSet<string> { "a" }))).ShouldBe([0, 1]);
        Ids(EventLogFilters.Attribute(log, new AttributeFilter("org:group", new HashSet<string> { "Gemeente", "School" }))).ShouldBe([0, 1]);
        Ids(EventLogFilters.Attribute(log, new AttributeFilter("activiteit", new HashSet<string> { "a" }, Keep: false))).ShouldBe([2]);
    }

    [Fact]
    public void Attribute_CaseAttribute_ComparesAsText()
    {
        var builder = new EventLogBuilder("x");
        var key = builder.CaseAttributeKey("leeftijd");
        for (var c = 0; c < 3; c++)
        {
            var @case = builder.AddCase(LogBuilding.CaseId(c));
            builder.SetCaseAttribute(@case, key, AttributeValue.FromInteger(16 + c));
        }

        var log = EventLogFilters.Attribute(builder.Build(), new AttributeFilter("leeftijd", new HashSet<string> { "17" }));

        Ids(log).ShouldBe([1]);
        log.FindCaseAttribute("leeftijd")!.TryGet(0, out var age).ShouldBeTrue();
        age.Integer.ShouldBe(17);
    }

    [Fact]
    public void Attribute_UnknownKey_ListsTheKnownOnes()
    {
        Should.Throw<InputRejectedException>(() => EventLogFilters.Attribute(LogBuilding.Traces("a"), new AttributeFilter("kleur", new HashSet<string> { "rood" })))
            .Errors.Single().Message.ShouldBe("Het kenmerk 'kleur' komt niet voor in het logboek. Kenmerken: 'concept:name', 'org:resource', 'org:group'.");
    }

    [Fact]
    public void TopVariants_KeepsTheCasesOfTheMostFrequent()
    {
        var log = EventLogFilters.TopVariants(DfgMinerTests.L1(), 2);

        LogBuilding.Sequences(log).ShouldBe(["a,b,c,d", "a,b,c,d", "a,b,c,d", "a,c,b,d", "a,c,b,d"]);
    }

    private static int[] Ids(EventLog log) => [.. log.CaseIds.ToArray().Select(id => Enumerable.Range(0, 10).First(i => LogBuilding.CaseId(i) == id))];
}
