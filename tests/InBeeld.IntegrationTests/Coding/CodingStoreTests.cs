using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Analysis;
using InBeeld.Data.Coding;
using InBeeld.Data.Privacy;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Coding;

public sealed class CodingStoreTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Fragment_IsStoredInCodePointsOverLf_AndReadBackToTheSameWords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        // "Ik meldde me aan.\n" is 18 code points; "En " 3 more: "wachten" starts at 21.
        var (range, _) = CodingStore.FindFragment(CodingSeed.Transcript, "wachten, wachten");
        range.ShouldBe(new TextRange(21, 16));

        var (id, problem) = await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), range!.Value), code.Id, "coder-a", default);

        problem.ShouldBeNull();
        var stored = (await store.ListAsync(seed.Study, seed.Interview(0), default)).ShouldHaveSingleItem();
        stored.Id.ShouldBe(id!.Value);
        stored.Target.ShouldBe(CodingTarget.TranscriptFragment);
        stored.Fragment.ShouldBe(new TextRange(21, 16));
        TranscriptPositions.Extract(CodingSeed.Transcript, stored.Fragment!.Value).ShouldBe("wachten, wachten");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task BadUnits_AreRefusedWithTheirField(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        // The transcript has 18 + 52 = 70 code points (the emoji is one, CRLF is one), so 68 + 5 runs past its end.
        var length = TranscriptPositions.Length(CodingSeed.Transcript);
        length.ShouldBe(70);

        var outside = (await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(68, 5)), code.Id, "a", default)).Problem!;
        var empty = (await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(3, 0)), code.Id, "a", default)).Problem!;
        var noTranscript = (await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(1), new TextRange(0, 3)), code.Id, "a", default)).Problem!;
        var otherStudy = (await store.ApplyAsync(Guid.CreateVersion7(), CodingUnit.Quote(seed.Quotes[0]), code.Id, "a", default)).Problem!;
        var unknownCode = (await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), Guid.CreateVersion7(), "a", default)).Problem!;

        (outside.Field, outside.Message).ShouldBe(("Start", "Het gekozen stuk (teken 68 tot 73) valt buiten de transcriptie, die 70 tekens lang is."));
        empty.Field.ShouldBe("Start");
        noTranscript.Message.ShouldBe("Dit interview heeft geen transcriptie om een stuk uit te coderen.");
        otherStudy.Field.ShouldBe("QuoteId");
        unknownCode.Field.ShouldBe("CodeId");
        (await db.Codings.CountAsync()).ShouldBe(0);
        CodingStore.FindFragment(CodingSeed.Transcript, "wachten").Problem!.Message
            .ShouldBe("De tekst 'wachten' staat 2 keer in de transcriptie. Neem een langer stuk, zodat het maar één keer voorkomt.");
        CodingStore.FindFragment(CodingSeed.Transcript, "bellen").Problem!.Field.ShouldBe("FragmentText");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task SetCodes_MakesTheCodersCodesExactlyTheChosenOnes_AndLeavesOtherCodersAlone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var a = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var b = (await codebook.CreateAsync(seed.Study, new CodeInput("Opnieuw vertellen"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        var unit = CodingUnit.Quote(seed.Quotes[0]);
        await store.ApplyAsync(seed.Study, unit, a.Id, "other", default);
        (await store.ApplyAsync(seed.Study, unit, a.Id, "me", default)).CodingId
            .ShouldBe((await store.ApplyAsync(seed.Study, unit, a.Id, "me", default)).CodingId);

        (await store.SetCodesAsync(seed.Study, unit, "me", [b.Id], default)).ShouldBeNull();

        var codings = await CodingSeed.CodingsAsync(db);
        codings.Select(c => (c.CoderId, c.CodeId)).ShouldBe([("other", a.Id), ("me", b.Id)], ignoreOrder: true);
        codings.ShouldAllBe(c => c.InterviewId == seed.Interview(0) && c.StepId == seed.FirstSteps[0]);
        var mine = codings.Single(c => c.CoderId == "me");
        (await store.RemoveAsync(seed.Study, mine.Id, "other", default)).ShouldBeFalse();
        (await store.RemoveAsync(seed.Study, mine.Id, "me", default)).ShouldBeTrue();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Analysis_CountsCodesPerInterview_WithAncestors_AndNeverWithoutConsent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var theme = (await codebook.CreateAsync(seed.Study, new CodeInput("Toegang"), default)).Code!;
        var wachten = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", ParentId: theme.Id), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        // I1: Wachten on a quote and on the fragment, by two coders; I2: Toegang on a step; I4 (no consent): Wachten.
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), wachten.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(21, 7)), wachten.Id, "b", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[1]), theme.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[3]), wachten.Id, "a", default);

        var analysis = (await new StudyAnalysisQuery(db).GetAsync(seed.Study, null, default))!;

        analysis.HasCodings.ShouldBeTrue();
        analysis.Data.Codings!.CodingCount.ShouldBe(3);
        analysis.CodeNames[wachten.Id].ShouldBe("Wachten");
        analysis.Frequencies.Codes.Rows.Select(r => (r.Id, r.Interviews.Count, r.Interviews.Total, r.Mentions)).ShouldBe(
            [(theme.Id, 2, 3, 3), (wachten.Id, 1, 3, 2)]);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Erasure_RemovesTheParticipantsCodingsAndMemos_AndNothingElse(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var store = new CodingStore(db, TimeProvider.System);
        var memos = new MemoStore(db, TimeProvider.System);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), code.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(0, 5)), code.Id, "a", default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), code.Id, "a", default);
        await memos.AddToInterviewAsync(seed.Study, seed.Interview(0), "a", "Eerste indruk: veel wachten.", default);
        await memos.AddToCodeAsync(seed.Study, code.Id, "a", "Wachten op een instantie.", default);
        await new CodeSuggestions(db, TimeProvider.System).RejectAsync(seed.Study, seed.Quotes[0], code.Id, "b", default);
        var participant = await db.Interviews.Where(i => i.Id == seed.Interview(0)).Select(i => i.ParticipantId).SingleAsync();

        await new ParticipantEraser(db, [new CodingErasure()]).EraseAsync(seed.Study, participant, default);

        await using var check = database.CreateContext();
        (await check.Codings.SingleAsync()).QuoteId.ShouldBe(seed.Quotes[1]);
        (await check.Memos.SingleAsync()).CodeId.ShouldBe(code.Id);
        (await check.RejectedSuggestions.CountAsync()).ShouldBe(0);
    }
}
