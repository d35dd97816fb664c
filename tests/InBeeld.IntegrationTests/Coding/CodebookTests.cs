using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Coding;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Interchange;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Coding;

public sealed class CodebookTests
{
    private const string CoderA = "coder-a";
    private const string CoderB = "coder-b";

    [Theory, ClassData(typeof(Providers))]
    public async Task Create_RefusesBadInputWithDutchMessages_AndChangesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var (wachten, _) = await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", "Lang wachten op antwoord", "#1F6F8B"), default);

        var empty = (await codebook.CreateAsync(seed.Study, new CodeInput("  "), default)).Problem!;
        var duplicate = (await codebook.CreateAsync(seed.Study, new CodeInput(" wachten "), default)).Problem!;
        var colour = (await codebook.CreateAsync(seed.Study, new CodeInput("Kou", Colour: "blauw"), default)).Problem!;
        var parent = (await codebook.CreateAsync(seed.Study, new CodeInput("Kou", ParentId: Guid.CreateVersion7()), default)).Problem!;

        (empty.Field, empty.Message).ShouldBe(("Name", "Vul een naam in voor de code."));
        (duplicate.Field, duplicate.Message).ShouldBe(("Name", "Er staat al een code 'wachten' op deze plek in het codeboek. Kies een andere naam."));
        (colour.Field, colour.Message).ShouldBe(("Colour", "De kleur 'blauw' heeft niet de juiste vorm. Gebruik #rrggbb, bijvoorbeeld #1f6f8b."));
        parent.Field.ShouldBe("ParentId");
        wachten!.Colour.ShouldBe("#1f6f8b");
        (await db.Codes.CountAsync()).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task SameNameUnderAnotherParent_IsAllowed_AndRenameChecksSiblings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var uwv = (await codebook.CreateAsync(seed.Study, new CodeInput("UWV"), default)).Code!;
        var gemeente = (await codebook.CreateAsync(seed.Study, new CodeInput("Gemeente"), default)).Code!;
        var uwvWachten = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", ParentId: uwv.Id), default)).Code!;
        var gemeenteWachten = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", ParentId: gemeente.Id), default)).Problem;
        var uwvBalie = (await codebook.CreateAsync(seed.Study, new CodeInput("Balie", ParentId: uwv.Id), default)).Code!;

        gemeenteWachten.ShouldBeNull();
        (await codebook.UpdateAsync(seed.Study, uwvBalie.Id, new CodeInput("WACHTEN"), default))!.Field.ShouldBe("Name");
        (await codebook.UpdateAsync(seed.Study, uwvBalie.Id, new CodeInput("Loket", "Aan de balie", "#aa0000"), default)).ShouldBeNull();
        var names = (await codebook.ListAsync(seed.Study, default)).Select(c => c.Name).ToList();
        names.ShouldBe(["UWV", "Wachten", "Loket", "Gemeente", "Wachten"]);
        uwvWachten.Order.ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Move_RefusesCycles_AndKeepsCodings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var theme = (await codebook.CreateAsync(seed.Study, new CodeInput("Toegang"), default)).Code!;
        var child = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", ParentId: theme.Id), default)).Code!;
        var grandchild = (await codebook.CreateAsync(seed.Study, new CodeInput("Terugbellen", ParentId: child.Id), default)).Code!;
        await new CodingStore(db, TimeProvider.System).ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), grandchild.Id, CoderA, default);

        (await codebook.MoveAsync(seed.Study, theme.Id, grandchild.Id, default))!.Message.ShouldBe("Een code kan niet onder zichzelf of onder een van haar eigen subcodes staan.");
        (await codebook.MoveAsync(seed.Study, theme.Id, theme.Id, default))!.Field.ShouldBe("ParentId");
        (await codebook.MoveAsync(seed.Study, grandchild.Id, null, default)).ShouldBeNull();

        await using var check = database.CreateContext();
        (await check.Codes.SingleAsync(c => c.Id == grandchild.Id)).ParentId.ShouldBeNull();
        (await check.Codes.SingleAsync(c => c.Id == theme.Id)).ParentId.ShouldBeNull();
        (await check.Codings.SingleAsync()).CodeId.ShouldBe(grandchild.Id);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Merge_KeepsEveryCoding_FoldsDuplicates_AndMergesSameNamedSubCodes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var store = new CodingStore(db, TimeProvider.System);
        var source = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachttijd"), default)).Code!;
        var target = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!;
        var sourceChild = (await codebook.CreateAsync(seed.Study, new CodeInput("Terugbellen", ParentId: source.Id), default)).Code!;
        var targetChild = (await codebook.CreateAsync(seed.Study, new CodeInput("terugbellen", ParentId: target.Id), default)).Code!;
        var other = (await codebook.CreateAsync(seed.Study, new CodeInput("Formulieren", ParentId: source.Id), default)).Code!;
        // Coder A coded quote 1 with both codes (a duplicate after the merge); coder B only with the source.
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), source.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), target.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), source.Id, CoderB, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[2]), source.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), sourceChild.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), targetChild.Id, CoderB, default);
        await new MemoStore(db, TimeProvider.System).AddToCodeAsync(seed.Study, source.Id, CoderA, "Bedoeld: wachten op de instantie.", default);

        (await codebook.MergeAsync(seed.Study, target.Id, targetChild.Id, default)).Problem!.Message
            .ShouldBe("Een code kan niet opgaan in een van haar eigen subcodes. Verplaats die subcode eerst.");
        var (result, problem) = await codebook.MergeAsync(seed.Study, source.Id, target.Id, default);

        problem.ShouldBeNull();
        result.ShouldBe(new CodeMergeResult(CodingsMoved: 3, CodingsFolded: 1, CodesMerged: 2));
        await using var check = database.CreateContext();
        var codings = await CodingSeed.CodingsAsync(check);
        codings.Select(c => (c.CodeId, c.CoderId, c.QuoteId, c.StepId)).ShouldBe(
        [
            (target.Id, CoderA, seed.Quotes[1], seed.FirstSteps[1]),
            (target.Id, CoderB, seed.Quotes[1], seed.FirstSteps[1]),
            (target.Id, CoderA, null, seed.FirstSteps[2]),
            (targetChild.Id, CoderA, null, seed.FirstSteps[0]),
            (targetChild.Id, CoderB, null, seed.FirstSteps[0]),
        ], ignoreOrder: true);
        (await check.Codes.Select(c => c.Name).ToListAsync()).ShouldBe(["Wachten", "terugbellen", "Formulieren"], ignoreOrder: true);
        (await check.Codes.SingleAsync(c => c.Id == other.Id)).ParentId.ShouldBe(target.Id);
        (await check.Memos.SingleAsync()).CodeId.ShouldBe(target.Id);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Delete_SaysFirstWhatItTouches_ThenMovesSubCodesUp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = await CodingSeed.CreateAsync(database);
        await using var db = database.CreateContext();
        var codebook = new Codebook(db);
        var store = new CodingStore(db, TimeProvider.System);
        var theme = (await codebook.CreateAsync(seed.Study, new CodeInput("Toegang"), default)).Code!;
        var child = (await codebook.CreateAsync(seed.Study, new CodeInput("Wachten", ParentId: theme.Id), default)).Code!;
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), theme.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), theme.Id, CoderA, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[2]), theme.Id, CoderB, default);
        await store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), child.Id, CoderA, default);

        var impact = await codebook.ImpactAsync(seed.Study, theme.Id, default);
        impact.ShouldBe(new CodeImpact(theme.Id, "Toegang", Codings: 3, Interviews: 2, Memos: 0, SubCodes: 1));
        (await codebook.DeleteAsync(seed.Study, theme.Id, default)).ShouldBe(impact);

        await using var check = database.CreateContext();
        (await check.Codes.SingleAsync()).ShouldSatisfyAllConditions(c => c.Id.ShouldBe(child.Id), c => c.ParentId.ShouldBeNull());
        (await check.Codings.SingleAsync()).CodeId.ShouldBe(child.Id);
        (await codebook.ImpactAsync(Guid.CreateVersion7(), child.Id, default)).ShouldBeNull();
    }
}
