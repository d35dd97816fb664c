using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Mining;
using InBeeld.Core.EventLogs.Model;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Data.EventLogs;
using InBeeld.Data.EventLogs.Sql;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>The database path must give exactly the in-memory result: every count, every tick.</summary>
public sealed class PostgresLogMinerTests
{
    [Fact]
    public async Task AwkwardLog_SqlMiningEqualsInMemoryMining()
    {
        // Ties on whole hours, empty and one-event cases, overlapping start/complete pairs, unknown organisations.
        var log = TestLogs.Awkward(3_000);
        await AssertSameAsync(log);
    }

    [Fact]
    public async Task GeneratedLog_SqlMiningEqualsInMemoryMining()
    {
        using var pseudonyms = new CaseIdPseudonymizer(new byte[32]);
        var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 20_000, Seed = 3 }, pseudonyms);
        await AssertSameAsync(log);
    }

    [Fact]
    public async Task HandBuiltLog_GivesTheHandComputedFigures()
    {
        // Case 1: A(0) B(10) ; case 2: A(0) B(20) ; case 3: A(0) B(30) C(30) ; case 4: A(5) ; case 5: empty.
        // A→B waits 10, 20, 30 minutes: mean 20, median 20, p90 = 20 + 0.8·(30 − 20) = 28 (rank 1.8).
        var builder = new EventLogBuilder("hand.csv");
        var at = TestLogs.Origin;
        (string Activity, int Minutes)[][] cases = [[("A", 0), ("B", 10)], [("A", 0), ("B", 20)], [("A", 0), ("B", 30), ("C", 30)], [("A", 5)], []];
        for (var c = 0; c < cases.Length; c++)
        {
            var @case = builder.AddCase(new Guid(c + 1, 0, 0, new byte[8]));
            foreach (var (activity, minutes) in cases[c])
            {
                builder.AddEvent(@case, builder.Activities.Intern(activity), EventLog.None, EventLog.None, at.AddMinutes(minutes).Ticks, LifecycleTransition.Complete);
            }
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var id = await new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id), builder.Build(), null, CancellationToken.None);

        var dfg = await new PostgresLogMiner(db).DfgAsync(id, CancellationToken.None);
        var ab = dfg.Edges.Single(e => dfg.ActivityNames[e.From] == "A" && dfg.ActivityNames[e.To] == "B");
        ab.Count.ShouldBe(3);
        ab.Waiting.Mean.ShouldBe(TimeSpan.FromMinutes(20));
        ab.Waiting.Median.ShouldBe(TimeSpan.FromMinutes(20));
        ab.Waiting.P90.ShouldBe(TimeSpan.FromMinutes(28));
        dfg.EmptyCases.ShouldBe(1);
        dfg.StartActivities.ShouldBe([new ActivityCount(0, 4)]);
        var variants = await new PostgresLogMiner(db).VariantsAsync(id, CancellationToken.None);
        variants.Select(v => (string.Concat(v.Activities.Select(a => dfg.ActivityNames[a])), v.Count)).ShouldBe([("AB", 2), ("", 1), ("A", 1), ("ABC", 1)]);
    }

    private static async Task AssertSameAsync(EventLog log)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = await TestLogs.StudyAsync(db);
        var id = await new EventLogStore(db, TimeProvider.System).SaveAsync(Import(study.Id), log, null, CancellationToken.None);
        var miner = new PostgresLogMiner(db);

        var expectedDfg = DfgMiner.Mine(log);
        var dfg = await miner.DfgAsync(id, CancellationToken.None);
        dfg.Edges.Count.ShouldBeGreaterThan(5);
        dfg.Edges.ShouldBe(expectedDfg.Edges);
        dfg.ActivityNames.ShouldBe(expectedDfg.ActivityNames);
        dfg.ActivityCounts.ShouldBe(expectedDfg.ActivityCounts);
        dfg.StartActivities.ShouldBe(expectedDfg.StartActivities);
        dfg.EndActivities.ShouldBe(expectedDfg.EndActivities);
        (dfg.CaseCount, dfg.EmptyCases).ShouldBe((expectedDfg.CaseCount, expectedDfg.EmptyCases));

        var expectedVariants = VariantMiner.Mine(log).Variants;
        var variants = await miner.VariantsAsync(id, CancellationToken.None);
        variants.Count.ShouldBe(expectedVariants.Count);
        for (var i = 0; i < variants.Count; i++)
        {
            variants[i].Activities.ShouldBe(expectedVariants[i].Activities, $"variant {i}");
            (variants[i].Count, variants[i].Share, variants[i].FirstCase).ShouldBe((expectedVariants[i].Count, expectedVariants[i].Share, expectedVariants[i].FirstCase), $"variant {i}");
        }

        var expectedWaits = OrganizationWaits.Compute(log);
        var waits = await miner.OrganizationWaitsAsync(id, CancellationToken.None);
        waits.Count.ShouldBeGreaterThan(1);
        waits.ShouldBe(expectedWaits);
    }

    private static EventLogImport Import(Guid studyId) => new()
    {
        StudyId = studyId, Name = "Databasepad", Format = Core.EventLogs.Reading.EventLogFormat.Xes, SourceName = "test.xes", ImportedBy = "test",
    };
}
