using AngleSharp.Html.Dom;
using InBeeld.Core.EventLogs.Generation;
using InBeeld.Core.EventLogs.Privacy;
using InBeeld.Core.Studies;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using InBeeld.Web.Pages.EventLogs;
using InBeeld.Web.Setup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.EventLogs.Sql;

/// <summary>
/// The log pages with <c>EventLogs:InMemoryEventLimit</c> below the log's size: on PostgreSQL every
/// figure, export, case list and conformance result is the same as with the log in memory, and the
/// log is never loaded; on SQLite the log is loaded anyway and the page says so.
/// </summary>
public sealed class LargeLogPageTests
{
    private static readonly string[] Sections =
        ["[data-testid=log-summary]", "#edges", "#variants", "[data-testid=dropout-summary]", "#dropout", "#dropout-organizations", "#waits", "[data-testid=process-map]", "#beside"];

    [Fact]
    public async Task PostgreSql_LogAboveTheLimit_IsMinedInTheDatabase_WithTheSameFigures()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.PostgreSql);
        var (studyId, logId) = await StoreAsync(app);
        await using var small = LimitedTo(app, 100);
        using var large = await SignedInAsync(small);
        var path = $"/studies/{studyId}/logs/{logId}";
        var query = "?van=2022-06-01&tot=31-01-2023&varianten=12&pijl=2&uitkomst=Afsluiting&uitkomst=Bestaat+niet&stil=30";

        var inMemory = await app.GetAsync(path + query);
        var inDatabase = await large.GetAsync(path + query);
        large.LastStatus.ShouldBe(System.Net.HttpStatusCode.OK);
        foreach (var selector in Sections)
        {
            var expected = inMemory.QuerySelector(selector)?.OuterHtml;
            expected.ShouldNotBeNull(selector);
            inDatabase.QuerySelector(selector)?.OuterHtml.ShouldBe(expected, selector);
        }

        inMemory.Errors().ShouldBeEmpty("both dates are read, so the window applies");
        inMemory.QuerySelectorAll("#variants tbody tr").Length.ShouldBe(12);
        inMemory.QuerySelector("[data-testid=large-log-note]").ShouldBeNull();
        inDatabase.QuerySelector("[data-testid=large-log-note]")!.TextContent.ShouldContain("in de database berekend");

        foreach (var export in new[] { "?handler=Csv&", "?handler=Csv&what=varianten&", "?handler=Svg&" })
        {
            var url = path + export + query[1..];
            (await large.Client.GetStringAsync(url)).ShouldBe(await app.Browser.Client.GetStringAsync(url), export);
        }

        // The case list of variant 2, first page and a page past the end, and conformance against the intended route.
        var cases = path + "/cases" + query + "&variant=2";
        (await large.GetAsync(cases)).QuerySelector("#cases")!.OuterHtml.ShouldBe((await app.GetAsync(cases)).QuerySelector("#cases")!.OuterHtml);
        (await large.GetAsync(cases + "&pagina=2")).QuerySelector("#cases").ShouldBeNull();
        large.LastStatus.ShouldBe(System.Net.HttpStatusCode.OK);

        // A filter with a problem changes what "variant 2" means: the list names the problem and shows no cases.
        foreach (var browser in new[] { app.Browser, large })
        {
            var refused = await browser.GetAsync(path + "/cases?variant=2&varianten=0");
            refused.Errors().ShouldContain(e => e.Contains("varianten", StringComparison.OrdinalIgnoreCase));
            refused.QuerySelector("#cases").ShouldBeNull();
        }

        var expectedFitness = await FitnessAsync(app.Browser, path);
        expectedFitness.ShouldStartWith("Fitness ");
        (await FitnessAsync(large, path)).ShouldBe(expectedFitness);

        // Stored attributes are not filtered inside the database yet: the page says so instead of
        // showing unfiltered figures as filtered, and offers no attribute filter.
        var byActivity = path + "?kenmerk=concept%3Aname&waarde=Afsluiting";
        var inMemoryFiltered = await app.GetAsync(byActivity);
        inMemoryFiltered.Errors().ShouldBeEmpty();
        inMemoryFiltered.QuerySelector("#kenmerkfilter").ShouldNotBeNull();
        var refusedAttribute = await large.GetAsync(byActivity);
        refusedAttribute.Errors().ShouldContain(e => e.Contains("kan nog niet bij een logboek dat in de database wordt doorgerekend", StringComparison.Ordinal));
        refusedAttribute.QuerySelector("#kenmerkfilter").ShouldBeNull();
        (await large.GetAsync(path + "?handler=Csv&kenmerk=concept%3Aname&waarde=Afsluiting")).Errors().ShouldNotBeEmpty("no file with figures that look filtered");

        small.Services.GetRequiredService<StoredLogCache>().Loads.ShouldBe(0, "the database path never loads the log");
        app.Factory.Services.GetRequiredService<StoredLogCache>().Loads.ShouldBe(1, "the in-memory path loads it once and keeps it");
    }

    [Fact]
    public async Task Sqlite_LogAboveTheLimit_IsLoadedAnyway_AndThePageSaysSo()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var (studyId, logId) = await StoreAsync(app);
        await using var small = LimitedTo(app, 100);
        using var large = await SignedInAsync(small);
        var page = await large.GetAsync($"/studies/{studyId}/logs/{logId}");
        page.QuerySelector("[data-testid=large-log-note]")!.TextContent.ShouldContain("helemaal in het geheugen");
        page.QuerySelectorAll("#edges tbody tr").Length.ShouldBeGreaterThan(5);
        small.Services.GetRequiredService<StoredLogCache>().Loads.ShouldBe(1);
    }

    private static async Task<(Guid StudyId, Guid LogId)> StoreAsync(TestApp app)
    {
        await using var db = app.CreateContext();
        var study = await TestLogs.StudyAsync(db);
        await app.JoinAsync(study.Id);
        using var pseudonyms = new CaseIdPseudonymizer(new byte[32]);
        var log = SyntheticLogGenerator.Build(new SyntheticLogOptions { Events = 6_000, Seed = 11 }, pseudonyms);
        var import = new EventLogImport { StudyId = study.Id, Name = "Groot logboek", Format = Core.EventLogs.Reading.EventLogFormat.Xes, SourceName = "groot.xes", ImportedBy = "test" };
        var logId = await new EventLogStore(db, TimeProvider.System).SaveAsync(import, log, null, CancellationToken.None);

        // The log's organisations mapped onto study organisations of the same name, so "beside the interviews" has rows.
        var organizations = log.OrganizationNames.Select((name, i) => new Organization { StudyId = study.Id, Name = name, Order = i }).ToList();
        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync();
        var rows = organizations.Select(o => new LogMappingStore.Row(LogMappingKind.Organization, o.Name, o.Id, null)).ToList();
        (await new LogMappingStore(db).SaveAsync(study.Id, rows, CancellationToken.None)).ShouldBeTrue();
        return (study.Id, logId);
    }

    /// <summary>The same app and database with a lower in-memory limit.</summary>
    private static WebApplicationFactory<WebAssemblyMarker> LimitedTo(TestApp app, int events) =>
        app.Factory.WithWebHostBuilder(b => b.UseSetting("EventLogs:InMemoryEventLimit", events.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<Browser> SignedInAsync(WebApplicationFactory<WebAssemblyMarker> factory)
    {
        var browser = new Browser(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = true }));
        await TestAccounts.SignInAsync(browser, "onderzoeker");
        return browser;
    }

    private static async Task<string> FitnessAsync(Browser browser, string path)
    {
        var form = await browser.GetAsync(path + "/conformance");
        var (result, _) = await Uploads.PostFileAsync(browser, form, "form[enctype]", "model", "route.bpmn", RouteModels.Bpmn(RouteModels.Generated));
        return result.QuerySelector("[data-testid=fitness]")!.TextContent;
    }
}
