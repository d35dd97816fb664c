using InBeeld.Core.EventLogs.Mining;

namespace InBeeld.Core.Tests.EventLogs.Mining;

public sealed class CaseAnalysesTests
{
    private const double Day = 24 * 60;

    [Fact]
    public void Throughput_RunsFromFirstStartToLastCompletion()
    {
        var log = LogBuilding.Timed(
            [("a", 0, null), ("b", 2 * Day, null)],
            [("a", 0, null), ("b", 1 * Day, null), ("c", 4 * Day, null)],
            []);

        var throughput = Throughput.Compute(log);

        throughput.PerCase.ShouldBe([TimeSpan.FromDays(2).Ticks, TimeSpan.FromDays(4).Ticks, -1]);
        throughput.Overall.Count.ShouldBe(2);
        throughput.Overall.Mean.ShouldBe(TimeSpan.FromDays(3));
    }

    [Fact]
    public void OrganizationWaits_CountHandoversBetweenDifferentKnownOrganisations()
    {
        var log = LogBuilding.Timed(
            [("315", 0, "Zorg"), ("301", 2 * Day, "Gemeente"), ("305", 12 * Day, "Zorg"), ("307", 40 * Day, "Zorg")],
            [("315", 0, "Zorg"), ("x", 1 * Day, null), ("301", 4 * Day, "Gemeente")]);

        var waits = OrganizationWaits.Compute(log);

        // Zorg→Gemeente once (case 1: 2 days); case 2 has an unknown organisation in between, so no pair.
        waits.Select(h => (log.OrganizationNames[h.From], log.OrganizationNames[h.To], h.Count, h.Cases, h.Waiting.Median))
            .ShouldBe([("Zorg", "Gemeente", 1, 1, TimeSpan.FromDays(2)), ("Gemeente", "Zorg", 1, 1, TimeSpan.FromDays(10))]);
    }

    [Fact]
    public void DropOut_CountsCasesEndingWithoutAnOutcome_WhereAndAfterHowLong()
    {
        var log = LogBuilding.Timed(
            [("aanmelding", 0, "Wijkteam"), ("intake", 5 * Day, "Wijkteam"), ("afsluiting", 30 * Day, "Gemeente")],
            [("aanmelding", 0, "Wijkteam"), ("intake", 10 * Day, "Wijkteam")],
            [("aanmelding", 0, "Wijkteam"), ("intake", 20 * Day, "Wijkteam")],
            [("aanmelding", 1 * Day, "Wijkteam")],
            [("aanmelding", 95 * Day, "Wijkteam")],
            []);

        var report = DropOutAnalysis.Compute(log, ["afsluiting", "afsluting"], TimeSpan.FromDays(30));

        // Log end: day 95. The case last seen on day 95 is still running (within 30 days); the empty case is apart.
        report.Cases.ShouldBe(6);
        report.EmptyCases.ShouldBe(1);
        report.WithOutcome.ShouldBe(1);
        report.Running.ShouldBe(1);
        report.DroppedOut.ShouldBe(3);
        report.ByLastActivity.Select(p => (log.ActivityNames[p.Index], p.Count)).ShouldBe([("intake", 2), ("aanmelding", 1)]);
        report.ByLastActivity[0].Share.ShouldBe(2 / 3.0);
        report.ByLastActivity[0].TimeUnderWay.Median.ShouldBe(TimeSpan.FromDays(15));
        report.ByLastOrganization.Single().Count.ShouldBe(3);
        report.UnknownOutcomes.ShouldBe(["afsluting"]);
    }

    [Fact]
    public void Statistics_SummariseTheLog()
    {
        var stats = LogStatistics.Compute(LogBuilding.Traces("abc", "", "ab"));

        stats.Cases.ShouldBe(3);
        stats.EmptyCases.ShouldBe(1);
        stats.Events.ShouldBe(5);
        stats.Activities.ShouldBe(3);
        stats.Variants.ShouldBe(3);
        stats.MinEventsPerCase.ShouldBe(0);
        stats.MaxEventsPerCase.ShouldBe(3);
        stats.FirstEvent.ShouldBe(LogBuilding.Origin);
        stats.LastEvent.ShouldBe(LogBuilding.Origin.AddMinutes(2));
    }
}
