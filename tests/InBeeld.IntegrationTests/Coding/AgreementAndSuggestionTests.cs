using InBeeld.Core.Analysis.Coding;
using InBeeld.Core.Interviews;
using InBeeld.Data.Coding;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Coding;

public sealed class AgreementAndSuggestionTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Agreement_OverQuotesAndStepsOfTheInterviewsBothCoded_MatchesHandComputedFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        var steps = await db.Steps.Where(s => s.InterviewId == seed.Interview(0) || s.InterviewId == seed.Interview(1))
            .ToDictionaryAsync(s => (s.InterviewId, s.Order), s => s.Id);
        // I1 and I2 have 3 steps and 1 quote each: 8 units, both coders judged all of them.
        // A: quote I1, step I1/1, quote I2. B: quote I1, quote I2, step I2/2.
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), code.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(steps[(seed.Interview(0), 1)]), code.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), code.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), code.Id, "b", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), code.Id, "b", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(steps[(seed.Interview(1), 2)]), code.Id, "b", default);

        var agreement = await new CodingAgreementQuery(db).GetAsync(seed.Study, default);

        // By hand: 6 of 8 units alike → 0.75. κ: p_e = (3/8)² + (5/8)² = 34/64, κ = (48/64 − 34/64)/(30/64) = 7/15.
        // α: 16 values, 6 yes and 10 no, 2 disagreeing units → 1 − 15·4/(2·6·10) = 0.5.
        var figures = agreement.Report!.Overall;
        figures.Units.ShouldBe(8);
        figures.PercentAgreement!.Value.ShouldBe(0.75, 1e-12);
        figures.Kappa!.Value.ShouldBe(7.0 / 15, 1e-12);
        figures.Alpha!.Value.ShouldBe(0.5, 1e-12);
        agreement.Report.PerCode.ShouldHaveSingleItem().AppliedPerCoder.ShouldBe([3, 3]);
        agreement.Report.Disagreements.Select(d => (d.UnitId, d.AppliedBy.Single(), d.NotAppliedBy.Single())).ShouldBe(
            [(steps[(seed.Interview(0), 1)], "a", "b"), (steps[(seed.Interview(1), 2)], "b", "a")], ignoreOrder: true);
        agreement.Units[seed.Quotes[0]].ParticipantCode.ShouldBe("P-1");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Agreement_WithOneCoder_IsNotComparable(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        await new CodingStore(db, TimeProvider.System).ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), code.Id, "a", default);

        var agreement = await new CodingAgreementQuery(db).GetAsync(seed.Study, default);

        agreement.Comparable.ShouldBeFalse();
        agreement.CoderIds.ShouldBe(["a"]);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Suggestions_ComeFromSimilarCodedQuotes_AndADeclinedCodeStaysAway(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var retell = (await codebook.CreateAsync(seed.Study, new CodeInput("Opnieuw vertellen"), default)).Code!;
        var waiting = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), retell.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), waiting.Id, "a", default);
        // Quote 3 says the same as quote 0 but is in I4, without consent: it may not teach anything.
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[3]), waiting.Id, "a", default);
        var stepOfI3 = await db.Steps.Where(s => s.InterviewId == seed.Interview(2) && s.Order == 1).Select(s => s.Id).SingleAsync();
        var uncoded = new Quote { StepId = stepOfI3, Text = "Weer mijn verhaal opnieuw vertellen, bij elk loket." };
        db.Quotes.Add(uncoded);
        await db.SaveChangesAsync();
        var suggestions = new CodeSuggestions(db, TimeProvider.System);

        var first = await suggestions.SuggestAsync(seed.Study, uncoded.Id, "b", default);
        (await suggestions.RejectAsync(seed.Study, uncoded.Id, retell.Id, "b", default)).ShouldBeTrue();
        var after = await suggestions.SuggestAsync(seed.Study, uncoded.Id, "b", default);

        // Only quote 0 shares words (verhaal, opnieuw, vertell, loket), so it is the only neighbour.
        first.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.CodeId.ShouldBe(retell.Id), s => s.Score.ShouldBe(1.0, 1e-12), s => s.Because.Single().QuoteId.ShouldBe(seed.Quotes[0]));
        after.ShouldBeEmpty();
        (await suggestions.SuggestAsync(seed.Study, uncoded.Id, "a", default)).ShouldHaveSingleItem().CodeId.ShouldBe(retell.Id);
        (await suggestions.RejectAsync(Guid.CreateVersion7(), uncoded.Id, retell.Id, "b", default)).ShouldBeFalse();
    }
}
