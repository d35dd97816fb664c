using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.Journeys;

namespace InBeeld.Core.Tests.EventLogs.Model;

public sealed class EventLogJourneysTests
{
    private static readonly Guid Gemeente = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Zorgaanbieder = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private static readonly Guid Toewijzing = Guid.Parse("00000000-0000-0000-0000-0000000000b1");

    [Fact]
    public void ToJourneySet_MapsActivitiesAndOrganisations_AndCountsWaitingDays()
    {
        // iJw messages: 315 request (gemeente), 301 allocation, 305 start of care at the provider.
        var log = LogBuilding.Timed(
            [("315", 0, null), ("301", 3 * 24 * 60 + 30, "Gemeente Aalten"), ("305", 20 * 24 * 60, "Zorg BV")],
            [("315", 0, null)]);
        var mapping = new EventLogMapping
        {
            OrganizationByActivity = new Dictionary<string, Guid> { ["315"] = Gemeente },
            OrganizationByLogOrganization = new Dictionary<string, Guid> { ["Zorg BV"] = Zorgaanbieder },
            PhaseByActivity = new Dictionary<string, Guid> { ["301"] = Toewijzing },
        };

        var set = EventLogJourneys.ToJourneySet(log, mapping);

        set.JourneyCount.ShouldBe(2);
        set.JourneyIds.ToArray().ShouldBe([LogBuilding.CaseId(0), LogBuilding.CaseId(1)]);
        set.Offsets.ToArray().ShouldBe([0, 3, 4]);
        set.OrganizationIds.ToArray().ShouldBe([Gemeente, Zorgaanbieder]);
        // "Gemeente Aalten" is not in the mapping table: that step has no organisation.
        set.Organization.ToArray().ShouldBe([0, JourneySet.None, 1, 0]);
        set.Phase.ToArray().ShouldBe([JourneySet.None, 0, JourneySet.None, JourneySet.None]);
        // 3 days 30 minutes → 3 whole days; from day 3 to day 20 → 16 whole days; last steps: unknown.
        set.WaitingDays.ToArray().ShouldBe([3, 16, JourneySet.None, JourneySet.None]);
        set.Experience.ToArray().ShouldAllBe(e => e == JourneySet.NoExperience);
    }
}
