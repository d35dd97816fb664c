using AngleSharp.Html.Dom;
using InBeeld.Core.Auditing;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>
/// The attribute filter of the log page on <see cref="AttributeFixtures.WijkteamWithAttributes"/>
/// (figures counted by hand in its comment), used the way a browser without JavaScript does.
/// </summary>
public sealed class LogAttributeFilterPagesTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task AttributeFilter_ChooseKeyThenValues_FiltersFiguresCasesAndExports(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var (page, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes",
            AttributeFixtures.WijkteamWithAttributes, ("Input.KeepAttributes", "kanaal"));
        var logPath = url.AbsolutePath;
        page.QuerySelector("[data-testid=active-filters]").ShouldBeNull("nothing is filtered yet");
        var keys = page.QuerySelectorAll("#kenmerk option").Select(o => o.TextContent.Trim()).ToList();
        keys.ShouldBe(["(geen)", "Activiteit", "Medewerker", "Organisatie", "wijk (zaak)", "kanaal (gebeurtenis)"]);

        // Step 1: choose the key; the page lists its values with the number of cases, nothing filtered yet.
        var chosen = await GetFormAsync(app, logPath, page, ("kenmerk", "wijk"));
        chosen.QuerySelector("[data-testid=attribute-choose]").ShouldNotBeNull();
        chosen.QuerySelector("[data-testid=active-filters]").ShouldBeNull();
        chosen.QuerySelectorAll("#kenmerkfilter input[name=waarde] + label").Select(l => l.TextContent).ShouldBe(["Noord (2 zaken)", "Zuid (1 zaak)"]);

        // Step 2: tick Noord and apply: Z-001 and Z-003 are left, with 6 events.
        Tick(chosen, "Noord");
        var noord = await GetFormAsync(app, logPath, chosen);
        noord.Errors().ShouldBeEmpty();
        noord.QuerySelector("[data-testid=active-filters]")!.TextContent.ShouldBe("Gefilterd: wijk is Noord. Na de filters: 2 zaken, 6 gebeurtenissen.");
        Variants(noord).ShouldBe(["Aanmelding → Intake → Toewijzing (301) → Start zorg (305)|1", "Aanmelding → Intake|1"], ignoreOrder: true);

        // The same view, bookmarked: leaving Noord out keeps Z-002 and Z-004.
        var without = await app.GetAsync(logPath + "?kenmerk=wijk&waarde=Noord&weglaten=true");
        without.QuerySelector("[data-testid=active-filters]")!.TextContent.ShouldBe("Gefilterd: zonder zaken waarin wijk Noord is. Na de filters: 2 zaken, 6 gebeurtenissen.");
        Variants(without).ShouldBe(["Aanmelding → Intake → Toewijzing (301) → Start zorg (305)|1", "Aanmelding → Toewijzing (301)|1"], ignoreOrder: true);

        // An event attribute kept on upload, and an activity, combined with the top variants.
        var phone = await app.GetAsync(logPath + "?kenmerk=kanaal&waarde=telefoon");
        phone.QuerySelector("[data-testid=active-filters]")!.TextContent.ShouldBe("Gefilterd: kanaal is telefoon. Na de filters: 2 zaken, 8 gebeurtenissen.");
        var toewijzing = await app.GetAsync(logPath + "?kenmerk=concept:name&waarde=Toewijzing%20(301)&varianten=1");
        toewijzing.QuerySelector("[data-testid=active-filters]")!.TextContent
            .ShouldBe("Gefilterd: concept:name is Toewijzing (301); de 1 vaakste varianten. Na de filters: 2 zaken, 8 gebeurtenissen.");

        // The case list and the exports follow the filter.
        var casesLink = noord.QuerySelector("#variants tbody tr a")!.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal);
        casesLink.ShouldContain("kenmerk=wijk");
        (await app.GetAsync(casesLink)).QuerySelectorAll("#cases tbody tr").Length.ShouldBe(1);
        var csv = await app.Browser.Client.GetStringAsync(logPath + "?handler=Csv&what=varianten&kenmerk=wijk&waarde=Noord");
        csv.ShouldContain("Aanmelding → Intake;1;");
        csv.ShouldNotContain("Aanmelding → Toewijzing (301)");

        // Changing the key drops the values ticked for the old one and lists the new key's values.
        var switched = await GetFormAsync(app, logPath, noord, ("kenmerk", "kanaal"));
        switched.Errors().ShouldBeEmpty();
        switched.QuerySelector("[data-testid=active-filters]").ShouldBeNull();
        switched.QuerySelectorAll("#kenmerkfilter input[name=waarde] + label").Select(l => l.TextContent)
            .ShouldBe(["telefoon (2 zaken)", "balie (1 zaak)", "website (1 zaak)"]);

        await using var db = app.CreateContext();
        var logId = Guid.Parse(logPath.Split('/')[^1]);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.ObjectType == "EventLog" && e.ObjectId == logId)).ShouldBe(1);
        (await db.Set<StoredLogAttribute>().Where(a => a.LogId == logId).Select(a => a.Key).ToListAsync()).ShouldBe(["wijk", "kanaal"], ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task UnknownKeyOrValue_IsNamedInDutch_AndTheFiguresAreNotShownAsFiltered(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var (_, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes", AttributeFixtures.WijkteamWithAttributes);
        var logPath = url.AbsolutePath;

        var unknownKey = await app.GetAsync(logPath + "?kenmerk=postcode&waarde=1234");
        unknownKey.Errors().ShouldBe(["Kenmerk: ‘postcode’ komt in dit logboek niet voor; het kenmerkfilter is niet toegepast."]);
        unknownKey.QuerySelector("[data-testid=active-filters]").ShouldBeNull();
        Variants(unknownKey).Count.ShouldBe(3, "all four cases, unfiltered, and not called filtered");

        // One good and one mistyped value: the whole attribute filter waits; the time window still applies.
        var unknownValue = await app.GetAsync(logPath + "?kenmerk=wijk&waarde=Noord&andere=West&tot=2024-01-31");
        unknownValue.Errors().ShouldBe(["Waarde: ‘West’ komt bij kenmerk ‘wijk’ niet voor; het kenmerkfilter is niet toegepast."]);
        unknownValue.QuerySelector("[data-testid=active-filters]")!.TextContent.ShouldStartWith("Gefilterd: tot en met 31-01-2024. Na de filters: 3 zaken");

        // A file would look filtered: the export shows the page with the problem instead, and writes no export entry.
        var export = await app.Browser.Client.GetAsync(logPath + "?handler=Csv&kenmerk=wijk&waarde=West");
        export.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await export.Content.ReadAsStringAsync()).Errors()
            .ShouldBe(["Waarde: ‘West’ komt bij kenmerk ‘wijk’ niet voor; het kenmerkfilter is niet toegepast."]);
        var cases = await app.GetAsync(logPath + "/cases?variant=1&kenmerk=wijk&waarde=West");
        cases.Errors().ShouldContain(e => e.Contains("‘West’", StringComparison.Ordinal));
        cases.QuerySelectorAll("#cases tbody tr").Length.ShouldBe(0);
        await using var db = app.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task CsvUpload_KeepsTheColumnsAskedFor_AsEventAttributesToFilterOn(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var (preview, _) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "extra.csv",
            AttributeFixtures.ExtraColumnsCsv, ("Input.KeepAttributes", "kanaal, regio, naam"), ("Input.Identifying", "naam"));

        var imported = await app.Browser.SubmitAsync(preview, "form[action*='handler=Import']", Scenario.Fields(
            ("Columns.Case", "dossier"), ("Columns.Activity", "stap"), ("Columns.Timestamp", "wanneer")));

        imported.Heading().ShouldBe("extra.csv");
        imported.QuerySelectorAll("#kenmerk option").Select(o => o.TextContent.Trim()).ShouldBe(
            ["(geen)", "Activiteit", "Medewerker", "Organisatie", "kanaal (gebeurtenis)", "regio (gebeurtenis)"], "naam is identifying: never read");
        var logPath = Browser.UrlOf(imported).AbsolutePath;

        // D1 (3 lines, all Noord) and D3 (1 line, Noord); D2 is Zuid.
        var noord = await app.GetAsync(logPath + "?kenmerk=regio&waarde=Noord");
        noord.QuerySelector("[data-testid=active-filters]")!.TextContent.ShouldBe("Gefilterd: regio is Noord. Na de filters: 2 zaken, 4 gebeurtenissen.");
    }

    private static List<string> Variants(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#variants tbody tr").Select(r => r.Children[1].TextContent.Trim() + "|" + r.Children[2].TextContent.Trim())];

    private static void Tick(IHtmlDocument page, string value) =>
        page.QuerySelectorAll("#kenmerkfilter input[name=waarde]").Cast<IHtmlInputElement>().Single(i => i.Value == value).IsChecked = true;

    /// <summary>Submits the log page's filter form (GET) as a browser does, with some fields set.</summary>
    private static async Task<IHtmlDocument> GetFormAsync(TestApp app, string path, IHtmlDocument page, params (string Name, string Value)[] set)
    {
        var form = (IHtmlFormElement)page.QuerySelector("form[role=search]")!;
        foreach (var (name, value) in set)
        {
            var select = (IHtmlSelectElement)form.QuerySelector($"select[name='{name}']")!;
            select.Value = value;
        }

        var query = string.Join('&', Browser.FormFields(form).Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        return await app.GetAsync(path + "?" + query);
    }
}
