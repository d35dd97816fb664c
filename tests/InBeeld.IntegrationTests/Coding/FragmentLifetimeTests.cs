using AngleSharp.Html.Dom;
using InBeeld.Core.Access;
using InBeeld.Core.Analysis.Coding;
using InBeeld.Data.Coding;
using InBeeld.Data.Retention;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Pages.Analysis;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Coding;

/// <summary>A fragment coding lives as long as the words it points at: through retention and through editing the transcript.</summary>
public sealed class FragmentLifetimeTests
{
    private const string SecondTranscript = "Ik wachtte lang op de gemeente.";

    [Theory, ClassData(typeof(Providers))]
    public async Task Retention_RemovesTheFragmentCodingsOfTheTranscriptsItDeletes_AndLeavesStepAndOtherCodings(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        Guid wachten, loket;
        await using (var db = app.CreateContext())
        {
            // I1 expires (60 months); I2 keeps its transcript.
            (await db.Studies.SingleAsync(s => s.Id == seed.Study)).RetentionMonths = 60;
            (await db.Interviews.SingleAsync(i => i.Id == seed.Interview(0))).Date = new DateOnly(2015, 1, 1);
            (await db.Interviews.SingleAsync(i => i.Id == seed.Interview(1))).Transcript = SecondTranscript;
            await db.SaveChangesAsync();
            wachten = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!.Id;
            loket = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Loket"), default)).Code!.Id;
            var store = new CodingStore(db, TimeProvider.System);
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(21, 16)), wachten, "coder-a", default));
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(1), new TextRange(3, 7)), wachten, "coder-a", default));
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), loket, "coder-a", default));
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[1]), loket, "coder-a", default));
        }

        var before = await app.GetAsync($"/studies/{seed.Study}/analysis");
        Counts(before, "Wachten").ShouldBe(("2 van 3", "2"));
        Counts(before, "Loket").ShouldBe(("2 van 3", "2"));

        await using (var db = app.CreateContext())
        {
            var run = (await new RetentionService(db).RunAsync(DateTimeOffset.UtcNow, "test", 730, dryRun: false, default)).Single();
            (run.InterviewsAnonymized, run.TranscriptsDeleted).ShouldBe((1, 1));
        }

        var after = await app.GetAsync($"/studies/{seed.Study}/analysis");
        // I1's fragment coding is gone with its transcript; I2's fragment and the step and quote codings count as before.
        Counts(after, "Wachten").ShouldBe(("1 van 3", "1"));
        Counts(after, "Loket").ShouldBe(("2 van 3", "2"));
        await using var check = app.CreateContext();
        var left = await check.Codings.AsNoTracking().Select(c => new { c.InterviewId, c.Target }).ToListAsync();
        left.Select(c => (c.InterviewId, c.Target)).ShouldBe(
            [(seed.Interview(0), CodingTarget.Step), (seed.Interview(1), CodingTarget.TranscriptFragment), (seed.Interview(1), CodingTarget.Quote)], ignoreOrder: true);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task EditingTheTranscript_MovesFragmentsWithTheirWords_RemovesThoseWhoseWordsChanged_AndSaysSo(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        await using (var db = app.CreateContext())
        {
            var wachten = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default)).Code!.Id;
            var store = new CodingStore(db, TimeProvider.System);
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(21, 16)), wachten, "coder-a", default));
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.TranscriptFragment(seed.Interview(0), new TextRange(44, 3)), wachten, "coder-b", default));
            await Apply(store.ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[0]), wachten, "coder-a", default));
        }

        // Words inserted before "wachten, wachten" and "UWV" replaced.
        const string edited = "Ik meldde me aan bij het loket.\nEn wachten, wachten op de uitkeringsinstantie. 🙂 Daarna de gemeente.";
        var form = await app.GetAsync($"/studies/{seed.Study}/interviews/{seed.Interview(0)}/edit");
        var saved = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Transcript", edited), ("Input.PersonalData", "keep")));

        saved.QuerySelector("[role=status]")!.TextContent.ShouldContain("Eén gecodeerd stuk van de transcriptie is vervallen: de tekst ervan is gewijzigd of verwijderd.");
        await using var check = app.CreateContext();
        var fragment = (await CodingRowsReader.FragmentsAsync(check)).ShouldHaveSingleItem();
        TranscriptPositions.Extract(edited, new TextRange(fragment.Item1, fragment.Item2)).ShouldBe("wachten, wachten");
        fragment.ShouldBe((35, 16));
        (await check.Codings.CountAsync(c => c.Target == CodingTarget.Step)).ShouldBe(1, "step codings do not depend on the transcript");

        // Emptying the transcript removes the rest.
        form = await app.GetAsync($"/studies/{seed.Study}/interviews/{seed.Interview(0)}/edit");
        saved = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Transcript", "")));
        saved.QuerySelector("[role=status]")!.TextContent.ShouldContain("Eén gecodeerd stuk");
        (await CodingRowsReader.FragmentsAsync(check)).ShouldBeEmpty();
    }

    private static async Task Apply(Task<(Guid? CodingId, CodingProblem? Problem)> apply) => (await apply).Problem.ShouldBeNull();

    private static (string Interviews, string Codings) Counts(IHtmlDocument page, string code)
    {
        var row = page.QuerySelectorAll("table[data-table=codes] tbody tr").Cast<IHtmlTableRowElement>().Single(r => r.Cells[0].TextContent.Trim() == code);
        return (row.Cells[1].TextContent.Trim().Split(" (")[0], row.Cells[2].TextContent.Trim());
    }
}
