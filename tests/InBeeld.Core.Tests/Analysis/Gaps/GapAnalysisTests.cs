using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Gaps;
using static InBeeld.Core.Tests.Analysis.AnalysisFixture;

namespace InBeeld.Core.Tests.Analysis.Gaps;

public sealed class GapAnalysisTests
{
    [Fact]
    public void Handovers_AreCountedPerOrderedPair_AndRankedByPeopleAffected()
    {
        var report = GapAnalysis.Compute(Data());

        // UWV→Gemeente: J1 warm, J2 koud; both routes stop right after it without an outcome → 2 affected.
        // School→UWV: koud in J1 and J2 → 2 affected. Tie on affected and interviews: vocabulary order
        // (UWV is before School). Gemeente→UWV and UWV→School: J3 only, nobody affected.
        report.Gaps.Select(g => (g.From, g.To, g.AffectedInterviews)).ShouldBe(
        [
            (Uwv, Gemeente, 2),
            (School, Uwv, 2),
            (Gemeente, Uwv, 0),
            (Uwv, School, 0),
        ]);
        var uwvToGemeente = report.Gaps[0];
        uwvToGemeente.Handovers.ShouldBe(2);
        uwvToGemeente.Interviews.ShouldBe(new Proportion(2, 4));
        (uwvToGemeente.Warm, uwvToGemeente.Cold, uwvToGemeente.None, uwvToGemeente.NotRecorded).ShouldBe((1, 1, 0, 0));
        uwvToGemeente.ColdOrNoneInterviews.ShouldBe(1);
        uwvToGemeente.StoppedAfter.ShouldBe(2);
        uwvToGemeente.Waiting.ShouldBe(new WaitingTime(2, 12.5, 12.5)); // 20 and 5 days
        report.Gaps[1].Waiting.ShouldBe(new WaitingTime(2, 20, 20));      // 10 and 30 days
        report.Gaps[3].Waiting.Known.ShouldBe(0);
    }

    [Fact]
    public void SameOrganizationTwice_IsNoHandoverBetweenOrganizations()
    {
        var report = GapAnalysis.Compute(Data());

        report.Gaps.ShouldNotContain(g => g.From == g.To);
        report.Gaps.Sum(g => g.Handovers).ShouldBe(6); // J1: 2, J2: 2 (UWV→UWV left out), J3: 2
    }

    [Fact]
    public void DropOuts_AreRoutesEndingWithoutTheCallersOutcome()
    {
        var report = GapAnalysis.Compute(Data());

        report.OutcomeDefined.ShouldBeTrue();
        report.RoutesWithoutOutcome.ShouldBe(new Proportion(2, 4)); // J1, J2; J3 reaches Nazorg; J4 has no route
        report.DropOuts.ShouldHaveSingleItem().ShouldBe(new DropOut(Gemeente, new Proportion(2, 4)));
    }

    [Fact]
    public void WithoutAnOutcomeDefinition_NothingCountsAsDropOut()
    {
        var report = GapAnalysis.Compute(Data() with { Outcome = null });

        report.OutcomeDefined.ShouldBeFalse();
        report.DropOuts.ShouldBeEmpty();
        report.Gaps.ShouldAllBe(g => g.StoppedAfter == 0);
        report.Gaps[0].AffectedInterviews.ShouldBe(2); // School→UWV now leads: two koud handovers
        report.Gaps[0].From.ShouldBe(School);
    }
}
