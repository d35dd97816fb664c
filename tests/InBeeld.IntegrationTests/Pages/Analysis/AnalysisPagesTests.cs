using System.Text;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Participants;
using InBeeld.Data.Coding;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Coding;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Analysis;

public sealed class AnalysisPagesTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task CodeAQuote_ThroughThePages_CountsOnTheAnalysisPage_AndLeadsToTheQuote(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);

        var codebook = await app.GetAsync($"/studies/{seed.Study}/codebook");
        app.Browser.LastStatus.ShouldBe(System.Net.HttpStatusCode.OK, codebook.Body?.TextContent);
        var refused = await app.Browser.SubmitAsync(codebook, "form[action*='handler=Create']", Fields(("NewCode.Name", " ")));
        refused.Errors().ShouldBe(["Vul een naam in voor de code."]);
        refused.ErrorTargets().ShouldBe(["NewCode_Name"]);
        var created = await app.Browser.SubmitAsync(codebook, "form[action*='handler=Create']", Fields(("NewCode.Name", "Opnieuw vertellen"), ("NewCode.Colour", "#aa3300")));
        created.QuerySelector("[role=status]")!.TextContent.ShouldContain("Opnieuw vertellen");
        Guid code;
        await using (var db = app.CreateContext())
        {
            code = await db.Codes.Where(c => c.StudyId == seed.Study).Select(c => c.Id).SingleAsync();
        }

        var coding = await app.GetAsync($"/studies/{seed.Study}/interviews/{seed.Interview(0)}/coding");
        await app.Browser.SubmitAsync(coding, $"#quoteId-{seed.Quotes[0]} form", Fields(("codeIds", code.ToString())));

        var analysis = await app.GetAsync($"/studies/{seed.Study}/analysis");
        var row = CodeRow(analysis, "Opnieuw vertellen");
        // One of the three consented interviews has the code (I4 has no consent and is not counted).
        row.Cells[1].TextContent.ShouldContain("1 van 3 (33%)");
        var evidence = await app.GetAsync(row.Cells[1].QuerySelector("a")!.GetAttribute("href")!);
        evidence.QuerySelector("[data-testid=evidence-quotes]")!.TextContent.ShouldContain(CodingSeed.QuoteTexts[0]);
        evidence.QuerySelector("[data-testid=evidence-interviews]")!.TextContent.ShouldContain("P-1");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Exports_WriteTheTableAsCsvForDutchExcelAndAsXlsx_AndAreAudited(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Coordinator);
        await CodeAsync(app, seed, "Wachten", "coder", seed.Quotes[0], seed.Quotes[1]);

        var csv = await app.Browser.Client.GetByteArrayAsync($"/studies/{seed.Study}/analysis?handler=Export&table=codes&format=csv");
        var xlsx = await app.Browser.Client.GetByteArrayAsync($"/studies/{seed.Study}/analysis?handler=Export&table=codes&format=xlsx");

        csv.Take(3).ShouldBe(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(["Code;Interviews;Interviews (van);Coderingen", "Wachten;2;3;2"]);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        cells.Select(c => c.InnerText).ShouldContain("Wachten");
        cells.Single(c => c.CellReference == "B5").CellValue!.Text.ShouldBe("2");
        await using var db = app.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.StudyId == seed.Study)).ShouldBe(2);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ChainPartner_SeesCountsAndOnlyQuotesConsentedForQuoting_WithoutPseudonym(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await CodeAsync(app, seed, "Wachten", "coder", seed.Quotes[0], seed.Quotes[1]);
        await using (var db = app.CreateContext())
        {
            var first = await db.Interviews.Where(i => i.Id == seed.Interview(0)).Select(i => i.ParticipantId).SingleAsync();
            (await db.Participants.SingleAsync(p => p.Id == first)).ConsentScope = ConsentScope.Interview | ConsentScope.Quotes;
            await db.SaveChangesAsync();
        }

        var partner = await TestAccounts.CreateAsync(app.Factory, "ketenpartner");
        await TestAccounts.GrantAsync(app.Factory, seed.Study, partner.Id, StudyRole.ChainPartner, seed.Analysis.Uwv);
        var browser = app.NewBrowser();
        await TestAccounts.SignInAsync(browser, "ketenpartner");

        var analysis = await browser.GetAsync($"/studies/{seed.Study}/analysis");
        var link = CodeRow(analysis, "Wachten").Cells[1].QuerySelector("a")!.GetAttribute("href")!;
        var evidence = await browser.GetAsync(link);

        evidence.QuerySelector("[data-testid=evidence-counts]")!.TextContent.ShouldContain("2 van de 3 interviews");
        var quotes = evidence.QuerySelector("[data-testid=evidence-quotes]")!.TextContent;
        quotes.ShouldContain(CodingSeed.QuoteTexts[0]);
        quotes.ShouldNotContain(CodingSeed.QuoteTexts[1]);
        evidence.Body!.TextContent.ShouldNotContain("P-1");
        evidence.QuerySelector("[data-testid=evidence-interviews]").ShouldBeNull();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Filter_NarrowsEveryDenominator_ToTheSubgroup(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        await CodeAsync(app, seed, "Wachten", "coder", seed.Quotes[1]);

        var page = await app.GetAsync($"/studies/{seed.Study}/analysis?subgroep={Uri.EscapeDataString("land|Eritrea")}");

        // Eritrea: only I2 is analysed (I4 has no consent); its quote carries the code.
        page.QuerySelector("[data-testid=filtered]")!.TextContent.ShouldContain("1 van de 3 interviews");
        CodeRow(page, "Wachten").Cells[1].TextContent.ShouldContain("1 van 1");
        page.QuerySelector("table[data-table=organizations]")!.TextContent.ShouldContain("van 1");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Fragment_WithoutJavaScriptByText_AndWithSelectionPositions_StoresTheSameRange(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        await using (var db = app.CreateContext())
        {
            await new Codebook(db).CreateAsync(seed.Study, new CodeInput("Wachten"), default);
            await new Codebook(db).CreateAsync(seed.Study, new CodeInput("UWV"), default);
        }

        var url = $"/studies/{seed.Study}/interviews/{seed.Interview(0)}/coding";
        var page = await app.GetAsync(url);
        var codes = page.QuerySelectorAll("#FragmentCode option").Skip(1).ToDictionary(o => o.TextContent.Trim(), o => o.GetAttribute("value")!);
        // The page shows the transcript with LF line ends: the selection positions count in that text.
        page.QuerySelector("#transcript")!.TextContent.ShouldBe(CodingSeed.Transcript.Replace("\r\n", "\n", StringComparison.Ordinal));

        var notFound = await app.Browser.SubmitAsync(page, "form[data-fragment-form]", Fields(("fragmentText", "bellen"), ("codeId", codes["Wachten"])));
        notFound.Errors().ShouldBe(["De tekst 'bellen' staat niet letterlijk in de transcriptie. Kopieer het stuk precies."]);
        await app.Browser.SubmitAsync(page, "form[data-fragment-form]", Fields(("fragmentText", "wachten, wachten"), ("codeId", codes["Wachten"])));
        var after = await app.Browser.SubmitAsync(page, "form[data-fragment-form]", Fields(("start", "44"), ("length", "3"), ("fragmentText", "UWV"), ("codeId", codes["UWV"])));

        after.QuerySelector("[data-testid=fragments]")!.TextContent.ShouldContain("“wachten, wachten”");
        await using var check = app.CreateContext();
        var stored = await CodingRowsReader.FragmentsAsync(check);
        stored.ShouldBe([(21, 16), (44, 3)], ignoreOrder: true);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Codebook_Delete_AsksFirstWithTheImpact(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        var code = await CodeAsync(app, seed, "Wachten", "coder", seed.Quotes[0], seed.Quotes[1]);

        var confirm = await app.GetAsync($"/studies/{seed.Study}/codebook?delete={code}");
        confirm.QuerySelector("[data-testid=impact]")!.TextContent.ShouldBe("Dit raakt 2 coderingen in 2 interviews. Die coderingen verdwijnen.");
        await using (var db = app.CreateContext())
        {
            (await db.Codes.CountAsync()).ShouldBe(1);
        }

        var done = await app.Browser.SubmitAsync(confirm, "form[action*='handler=Delete']");
        done.QuerySelector("[role=status]")!.TextContent.ShouldContain("met 2 coderingen in 2 interviews");
        await using var check = app.CreateContext();
        (await check.Codes.CountAsync()).ShouldBe(0);
        (await check.Codings.CountAsync()).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Agreement_ShowsPercentKappaAlpha_AndTheDifferences(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);
        var code = await CodeAsync(app, seed, "Wachten", app.Account!.Id.ToString(), seed.Quotes[0], seed.Quotes[1]);
        await using (var db = app.CreateContext())
        {
            // The second coder agrees on quote 0, not on quote 1: of the 8 units of I1 and I2, 6 alike.
            await new CodingStore(db, TimeProvider.System).ApplyAsync(seed.Study, CodingUnit.Quote(seed.Quotes[0]), code, "tweede", default);
            await new CodingStore(db, TimeProvider.System).ApplyAsync(seed.Study, CodingUnit.Step(seed.FirstSteps[1]), code, "tweede", default);
        }

        var page = await app.GetAsync($"/studies/{seed.Study}/agreement");

        // 8 units, 6 alike: 75%; κ = (6/8 − (2/8·2/8 + 6/8·6/8)) / (1 − 40/64) = (48 − 40)/(64 − 40) = 1/3.
        var overall = page.QuerySelector("[data-testid=overall] tbody tr")!.TextContent;
        overall.ShouldContain("75%");
        overall.ShouldContain("0,33");
        page.QuerySelectorAll("[data-testid=differences] tbody tr").Length.ShouldBe(2);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task WorkshopReport_PdfHoldsTheTopCode_AndOnlyQuotesConsentedForQuoting(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await CodingSeed.CreateAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Coordinator);
        await CodeAsync(app, seed, "Opnieuw vertellen", "coder", seed.Quotes[0], seed.Quotes[1]);
        await using (var db = app.CreateContext())
        {
            var first = await db.Interviews.Where(i => i.Id == seed.Interview(0)).Select(i => i.ParticipantId).SingleAsync();
            (await db.Participants.SingleAsync(p => p.Id == first)).ConsentScope = ConsentScope.Interview | ConsentScope.Quotes;
            await db.SaveChangesAsync();
        }

        var html = await app.GetAsync($"/studies/{seed.Study}/analysis/report");
        var pdf = await app.Browser.Client.GetByteArrayAsync($"/studies/{seed.Study}/analysis/report?handler=Pdf");

        html.QuerySelectorAll("[data-testid=report-quote]").Select(q => q.TextContent).ShouldBe([CodingSeed.QuoteTexts[0]]);
        var path = Path.Combine(Path.GetTempPath(), $"werksessie-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(path, pdf);
            var text = Poppler.Text(path);
            text.ShouldContain("Opnieuw vertellen: in 2 van 3 (67%) interviews");
            text.ShouldContain("Ik moest mijn verhaal steeds opnieuw vertellen aan het loket.");
            text.ShouldNotContain("Niemand belde terug");
            text.ShouldNotContain("P-1");
            Poppler.Info(path)["Page size"].ShouldBe("595.276 x 841.89 pts (A4)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IHtmlTableRowElement CodeRow(IHtmlDocument page, string code) =>
        page.QuerySelectorAll("table[data-table=codes] tbody tr").Cast<IHtmlTableRowElement>().Single(r => r.Cells[0].TextContent.Trim() == code);

    private static async Task<Guid> CodeAsync(TestApp app, CodingSeed seed, string name, string coder, params Guid[] quotes)
    {
        await using var db = app.CreateContext();
        var code = (await new Codebook(db).CreateAsync(seed.Study, new CodeInput(name), default)).Code!.Id;
        foreach (var quote in quotes)
        {
            await new CodingStore(db, TimeProvider.System).ApplyAsync(seed.Study, CodingUnit.Quote(quote), code, coder, default);
        }

        return code;
    }
}

/// <summary>Fragment columns straight from the table, to check what was stored.</summary>
internal static class CodingRowsReader
{
    public static async Task<List<(int, int)>> FragmentsAsync(InBeeld.Data.InBeeldDbContext db) =>
        (await db.Codings.Where(c => c.Target == InBeeld.Core.Analysis.Coding.CodingTarget.TranscriptFragment)
            .Select(c => new { Start = EF.Property<int?>(c, "FragmentStart"), Length = EF.Property<int?>(c, "FragmentLength") }).ToListAsync())
        .Select(c => (c.Start!.Value, c.Length!.Value)).ToList();
}
