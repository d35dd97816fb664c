using InBeeld.Core.EventLogs.Comparison;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Data.EventLogs.Sql;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs.Sql;

/// <summary>
/// Every figure of the log page computed inside PostgreSQL equals the in-memory figure on the same
/// filtered log: every count, every tick, for each filter the page has (time window with open and
/// closed ends, top variants, both together).
/// </summary>
public sealed class FilteredSqlMiningTests
{
    [Fact]
    public async Task AwkwardLog_EveryFigureEqualsInMemory_ForEveryFilter()
    {
        // Ties on whole hours, empty and one-event cases, overlapping start/complete pairs, unknown organisations.
        await using var fixture = await StoredLogFixture.StoreAsync(TestLogs.Awkward(3_000));
        await AssertSameAsync(fixture, ["Einde zorg", " Start zorg ", "Bestaat niet"], TimeSpan.FromDays(10));
    }

    [Fact]
    public async Task GeneratedLog_EveryFigureEqualsInMemory_ForEveryFilter()
    {
        using var pseudonyms = new CaseIdPseudonymizer(new byte[32]);
        var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 20_000, Seed = 5 }, pseudonyms);
        await using var fixture = await StoredLogFixture.StoreAsync(log);
        await AssertSameAsync(fixture, ["Afsluiting", "Stop zorg (307)"], TimeSpan.FromDays(60));
    }

    [Fact]
    public async Task HandBuiltLog_TimeWindowAndTopVariants_GiveTheHandCountedCases()
    {
        // Case 1: A(0) B(10); case 2: A(0) B(20); case 3: A(0) B(30) C(30); case 4: A(5); case 5: empty (minutes).
        // Window [15, 40] keeps cases whose first start ≤ 40 and last completion ≥ 15: cases 2 and 3.
        // Top 1 of everything: AB (2 cases). With the window, top 1: a tie of AB and ABC at 1 case; names decide: AB.
        var builder = new EventLogBuilder("hand.csv");
        (string Activity, int Minutes)[][] cases = [[("A", 0), ("B", 10)], [("A", 0), ("B", 20)], [("A", 0), ("B", 30), ("C", 30)], [("A", 5)], []];
        for (var c = 0; c < cases.Length; c++)
        {
            var @case = builder.AddCase(new Guid(c + 1, 0, 0, new byte[8]));
            foreach (var (activity, minutes) in cases[c])
            {
                builder.AddEvent(@case, builder.Activities.Intern(activity), EventLog.None, EventLog.None, TestLogs.Origin.AddMinutes(minutes).Ticks, LifecycleTransition.Complete);
            }
        }

        await using var fixture = await StoredLogFixture.StoreAsync(builder.Build());
        var miner = new PostgresLogMiner(fixture.Db);
        var window = new LogCaseFilter { From = TestLogs.Origin.AddMinutes(15), To = TestLogs.Origin.AddMinutes(40) };
        var windowed = await miner.VariantsAsync(fixture.Header, window, CancellationToken.None);
        windowed.Select(v => (Text(v, fixture), v.Count, v.FirstCase)).ShouldBe([("AB", 1, 0), ("ABC", 1, 1)]);
        var top = await miner.VariantsAsync(fixture.Header, new LogCaseFilter { TopVariants = 1 }, CancellationToken.None);
        top.Select(v => (Text(v, fixture), v.Count, v.Share)).ShouldBe([("AB", 2, 1.0)]);
        var both = await miner.VariantsAsync(fixture.Header, window with { TopVariants = 1 }, CancellationToken.None);
        both.Select(v => (Text(v, fixture), v.Count, v.FirstCase)).ShouldBe([("AB", 1, 0)]);

        // Throughput of cases 2 and 3: 20 and 30 minutes, mean 25.
        var statistics = await new PostgresLogFigures(fixture.Db).StatisticsAsync(fixture.Header, window, 2, CancellationToken.None);
        (statistics.Cases, statistics.Events, statistics.Throughput.Mean).ShouldBe((2, 5, TimeSpan.FromMinutes(25)));
    }

    private static string Text(Variant v, StoredLogFixture fixture) => string.Concat(v.Activities.Select(a => fixture.Header.Activities[a]));

    private static async Task AssertSameAsync(StoredLogFixture fixture, string[] outcomes, TimeSpan quiet)
    {
        var miner = new PostgresLogMiner(fixture.Db);
        var figures = new PostgresLogFigures(fixture.Db);
        var cases = new PostgresVariantCases(fixture.Db);

        // Some activities, log organisations and resources mapped onto made-up study organisations, so
        // all three rules of the mapping (activity first, then organisation, then resource) take part.
        Guid Study(int n) => new(n, 0, 0, new byte[8]);
        var mapping = new EventLogMapping
        {
            OrganizationByActivity = new Dictionary<string, Guid> { [fixture.Header.Activities[1]] = Study(1) },
            OrganizationByLogOrganization = fixture.Header.Organizations.Select((name, i) => (name, i)).Where(p => p.i % 3 != 2).ToDictionary(p => p.name, p => Study(2 + (p.i % 2))),
            OrganizationByResource = fixture.Header.Resources.Select((name, i) => (name, i)).Where(p => p.i % 2 == 0).ToDictionary(p => p.name, p => Study(4)),
        };
        foreach (var (filter, materialized) in fixture.Filters().SelectMany(f => new[] { (f, false), (f, true) }))
        {
            // Each figure computed in its own query, and from the filtered log materialized once (the log page's way).
            await using var rows = materialized ? await LogRows.MaterializeAsync(fixture.Db, fixture.Header, filter, CancellationToken.None) : LogRows.Query(filter);
            var because = $"{filter}, materialized: {materialized}";
            var log = StoredLogFixture.Filter(fixture.Loaded, filter);
            log.CaseCount.ShouldBeGreaterThan(0, because);

            var expectedDfg = DfgMiner.Mine(log);
            var dfg = await miner.DfgAsync(fixture.Header, rows, CancellationToken.None);
            dfg.Edges.ShouldBe(expectedDfg.Edges, because);
            dfg.ActivityNames.ShouldBe(expectedDfg.ActivityNames, because);
            dfg.ActivityCounts.ShouldBe(expectedDfg.ActivityCounts, because);
            dfg.StartActivities.ShouldBe(expectedDfg.StartActivities, because);
            dfg.EndActivities.ShouldBe(expectedDfg.EndActivities, because);
            (dfg.CaseCount, dfg.EmptyCases).ShouldBe((expectedDfg.CaseCount, expectedDfg.EmptyCases), because);
            dfg.WithMinimumEdgeCount(3).Edges.ShouldBe(expectedDfg.WithMinimumEdgeCount(3).Edges, because);

            var expectedVariants = VariantMiner.Mine(log).Variants;
            var variants = await miner.VariantsAsync(fixture.Header, rows, CancellationToken.None);
            variants.Count.ShouldBe(expectedVariants.Count, because);
            for (var i = 0; i < variants.Count; i++)
            {
                variants[i].Activities.ShouldBe(expectedVariants[i].Activities, $"{because}, variant {i}");
                (variants[i].Count, variants[i].Share, variants[i].FirstCase).ShouldBe(
                    (expectedVariants[i].Count, expectedVariants[i].Share, expectedVariants[i].FirstCase), $"{because}, variant {i}");
            }

            (await miner.OrganizationWaitsAsync(fixture.Header, rows, CancellationToken.None)).ShouldBe(OrganizationWaits.Compute(log), because);
            (await figures.StatisticsAsync(fixture.Header, rows, variants.Count, CancellationToken.None)).ShouldBe(LogStatistics.Compute(log), because);

            var expectedDropOut = DropOutAnalysis.Compute(log, outcomes, quiet);
            var dropOut = await figures.DropOutAsync(fixture.Header, rows, outcomes, quiet, CancellationToken.None);
            if (!filter.SelectsCases)
            {
                // Filtered, the top variant may well end in an outcome; unfiltered there must be drop-outs to compare.
                dropOut.DroppedOut.ShouldBeGreaterThan(0);
            }

            (dropOut.Cases, dropOut.EmptyCases, dropOut.WithOutcome, dropOut.Running, dropOut.DroppedOut).ShouldBe(
                (expectedDropOut.Cases, expectedDropOut.EmptyCases, expectedDropOut.WithOutcome, expectedDropOut.Running, expectedDropOut.DroppedOut), because);
            dropOut.ByLastActivity.ShouldBe(expectedDropOut.ByLastActivity, because);
            dropOut.ByLastOrganization.ShouldBe(expectedDropOut.ByLastOrganization, because);
            dropOut.TimeUnderWay.ShouldBe(expectedDropOut.TimeUnderWay, because);
            dropOut.UnknownOutcomes.ShouldBe(expectedDropOut.UnknownOutcomes, because);

            var expectedHandovers = HandoverComparison.FromLog(log, mapping, outcomes, quiet);
            var handovers = await new PostgresHandovers(fixture.Db).FromLogAsync(fixture.Header, rows, mapping, outcomes, quiet, CancellationToken.None);
            if (!filter.SelectsCases)
            {
                // The top variant alone may have no handover at all; the whole log must have several to compare.
                handovers.Pairs.Count.ShouldBeGreaterThan(1);
            }

            (handovers.Cases, handovers.DroppedCases).ShouldBe((expectedHandovers.Cases, expectedHandovers.DroppedCases), because);
            handovers.Pairs.OrderBy(p => p.Key).ShouldBe(expectedHandovers.Pairs.OrderBy(p => p.Key), because);

            // The case list of the second variant, in two pages, as the in-memory case list reads it.
            var variantSet = VariantMiner.Mine(log);
            var v = Math.Min(1, variants.Count - 1);
            var expectedCases = Enumerable.Range(0, log.CaseCount).Where(c => variantSet.VariantOfCase[c] == v).Select(c => Row(log, c)).ToList();
            var firstPage = await cases.PageAsync(fixture.Header, rows, variants[v].Activities, 0, 3, CancellationToken.None);
            var rest = await cases.PageAsync(fixture.Header, rows, variants[v].Activities, 3, 100_000, CancellationToken.None);
            firstPage.Concat(rest).ShouldBe(expectedCases, because);
        }

        // Materialized rows are dropped again once the page is done with them.
        (await fixture.Db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_class WHERE relname LIKE 'log\_rows\_%' OR relname LIKE 'log\_selected\_%'""").SingleAsync())
            .ShouldBe(0);
    }

    private static VariantCase Row(EventLog log, int c)
    {
        var (first, end) = (log.CaseOffsets[c], log.CaseOffsets[c + 1]);
        var start = end > first ? log.Start[first] : 0;
        var throughput = end > first ? TimeSpan.FromTicks(log.Complete[first..end].ToArray().Max() - start) : TimeSpan.Zero;
        return new VariantCase(log.CaseIds[c], end - first, start, throughput);
    }
}
