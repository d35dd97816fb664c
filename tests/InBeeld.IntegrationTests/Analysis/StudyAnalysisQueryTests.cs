using InBeeld.Core.Analysis;
using InBeeld.Core.Analysis.Evidence;
using InBeeld.Core.Analysis.Gaps;
using InBeeld.Core.Analysis.Subgroups;
using InBeeld.Data.Analysis;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Analysis;

public sealed class StudyAnalysisQueryTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Analysis_CountsOnlyConsentedInterviews_WithHandComputedFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await AnalysisSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var names = await StudyVocabularyNames.LoadAsync(db, seed.Study, CancellationToken.None);
        var nazorg = names.Phases.Single(p => p.Name == "Nazorg").Id;

        var analysis = (await new StudyAnalysisQuery(db).GetAsync(seed.Study, new OutcomeDefinition { Phases = [nazorg] }, CancellationToken.None))!;

        analysis.Interviews.ShouldBe(4);
        analysis.InterviewsWithoutConsent.ShouldBe(1);
        analysis.Frequencies.Interviews.ShouldBe(3);
        analysis.Frequencies.Organizations.Rows.Select(r => (r.Id, r.Interviews, r.Mentions)).ShouldBe(
            [(seed.Gemeente, new Proportion(3, 3), 3), (seed.Uwv, new Proportion(3, 3), 3), (seed.School, new Proportion(2, 3), 2)]);
        analysis.HasCodings.ShouldBeFalse();
        analysis.Gaps.Gaps.Select(g => (g.From, g.To, g.AffectedInterviews)).ShouldBe(
            [(seed.Uwv, seed.Gemeente, 2), (seed.School, seed.Uwv, 2), (seed.Gemeente, seed.Uwv, 1)]);
        analysis.Gaps.RoutesWithoutOutcome.ShouldBe(new Proportion(2, 3));
        analysis.HartslagPerPhase.Rows[1].Experience.Mean!.Value.ShouldBe(-0.25, 1e-12); // Ondersteuning: −2, +1, −1, +1
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Subgroups_ComeFromChoiceAttributes_AndNumbersAreSkipped(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await AnalysisSeed.CreateAsync(database);
        await using var db = database.CreateContext();

        var analysis = (await new StudyAnalysisQuery(db).GetAsync(seed.Study, null, CancellationToken.None))!;

        var land = analysis.Subgroups.ShouldHaveSingleItem();
        land.Attribute.ShouldBe("land");
        land.Groups.Select(g => (g.Group, g.Interviews)).ShouldBe([("Syrië", 2), ("Eritrea", 1)]); // P-4 (Eritrea) has no consent
        land.Differences.Single(d => d.Measure == SubgroupMeasure.NegativeExperience).PerGroup.ShouldBe([new Proportion(1, 2), new Proportion(1, 1)]);
        analysis.SkippedAttributes.ShouldBe([new SkippedAttribute("leeftijd", "Leeftijd", SkipReason.NeedsBands)]);
        analysis.Gaps.OutcomeDefined.ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Evidence_LeadsFromAFigureToTheInterviewsBehindIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await AnalysisSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var analysis = (await new StudyAnalysisQuery(db).GetAsync(seed.Study, null, CancellationToken.None))!;
        var school = analysis.Frequencies.Organizations.Rows.Single(r => r.Id == seed.School);
        var syria = analysis.Subgroups[0].Groups[0];

        var schoolEvidence = EvidenceResolver.Resolve(analysis.Data, school.Evidence);
        var syriaEvidence = EvidenceResolver.Resolve(analysis.Data, syria.Evidence);

        // Set order follows the database (row id on SQLite, id on PostgreSQL), so compare as sets.
        schoolEvidence.Journeys.ShouldBe([seed.Interviews[0], seed.Interviews[1]], ignoreOrder: true);
        schoolEvidence.Steps.ShouldBe([new StepRef(seed.Interviews[0], 0), new StepRef(seed.Interviews[1], 0)], ignoreOrder: true);
        syriaEvidence.Journeys.ShouldBe([seed.Interviews[0], seed.Interviews[2]], ignoreOrder: true);
    }

    [Fact]
    public async Task UnknownStudy_IsNull()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await AnalysisSeed.CreateAsync(database);
        await using var db = database.CreateContext();

        (await new StudyAnalysisQuery(db).GetAsync(Guid.NewGuid(), null, CancellationToken.None)).ShouldBeNull();
    }
}
