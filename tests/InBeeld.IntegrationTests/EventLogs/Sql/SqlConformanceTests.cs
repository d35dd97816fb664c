using System.Text;
using InBeeld.Core.EventLogs.Conformance;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Data.EventLogs.Sql;

namespace InBeeld.IntegrationTests.EventLogs.Sql;

/// <summary>Conformance from the variants PostgreSQL mines equals conformance on the loaded log: alignments and token replay.</summary>
public sealed class SqlConformanceTests
{
    [Fact]
    public async Task AwkwardLog_ConformanceFromSqlVariantsEqualsInMemory()
    {
        await using var fixture = await StoredLogFixture.StoreAsync(TestLogs.Awkward(1_500));
        await AssertSameAsync(fixture, Route("Aanmelding", "Intake", "Beschikking 'jeugdhulp'", "Start zorg", "Einde zorg"));
    }

    [Fact]
    public async Task GeneratedLog_ConformanceFromSqlVariantsEqualsInMemory()
    {
        using var pseudonyms = new CaseIdPseudonymizer(new byte[32]);
        var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 8_000, Seed = 9 }, pseudonyms);
        await using var fixture = await StoredLogFixture.StoreAsync(log);
        await AssertSameAsync(fixture, Route(RouteModels.Generated));
    }

    private static async Task AssertSameAsync(StoredLogFixture fixture, PetriNet net)
    {
        var variants = await new PostgresLogMiner(fixture.Db).VariantsAsync(fixture.Header, LogCaseFilter.None, CancellationToken.None);
        var expected = Aligner.Align(net, fixture.Loaded);
        var actual = Aligner.Align(net, fixture.Header.Activities, variants);
        actual.Deviations.Count.ShouldBeGreaterThan(0);
        (actual.Fitness, actual.MeanCaseFitness, actual.FittingCases, actual.CasesNotAligned, actual.CheapestModelRun).ShouldBe(
            (expected.Fitness, expected.MeanCaseFitness, expected.FittingCases, expected.CasesNotAligned, expected.CheapestModelRun));
        actual.Deviations.ShouldBe(expected.Deviations);
        actual.UnknownActivities.ShouldBe(expected.UnknownActivities);
        actual.VariantCounts.ShouldBe(expected.VariantCounts);
        actual.Variants.Select(v => v.Cost).ShouldBe(expected.Variants.Select(v => v.Cost));

        var expectedReplay = TokenReplay.Replay(net, fixture.Loaded);
        var replay = TokenReplay.Replay(net, fixture.Header.Activities, variants);
        replay.MissingByActivity.Count.ShouldBeGreaterThan(0);
        (replay.Fitness, replay.MeanCaseFitness, replay.FittingCases).ShouldBe((expectedReplay.Fitness, expectedReplay.MeanCaseFitness, expectedReplay.FittingCases));
        replay.MissingByActivity.ShouldBe(expectedReplay.MissingByActivity);
        replay.UnknownActivities.ShouldBe(expectedReplay.UnknownActivities);
    }

    private static PetriNet Route(params string[] tasks)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(RouteModels.Bpmn(tasks)));
        return ProcessModels.Read(stream, "route.bpmn");
    }
}
