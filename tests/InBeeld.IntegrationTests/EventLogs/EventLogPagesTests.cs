using InBeeld.Core.Auditing;
using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

public sealed class EventLogPagesTests
{
    [Theory]
    [ClassData(typeof(Providers))]
    public async Task UploadedXes_ShowsMapVariantsDropOutAndExports_AndTheCaseIdsArePseudonyms(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");

        var (page, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes", LogFixtures.WijkteamXes,
            ("Input.Name", "Wijkteam 2024"));

        url.AbsolutePath.ShouldStartWith($"/studies/{studyId}/logs/");
        page.Heading().ShouldBe("Wijkteam 2024");
        page.QuerySelector(".inbeeld-status")!.TextContent.ShouldContain("4 zaken, 12 gebeurtenissen");
        var svg = page.QuerySelector("[data-testid=process-map] svg").ShouldNotBeNull();
        svg.QuerySelectorAll(".dfg-nodes g").Length.ShouldBeGreaterThanOrEqualTo(4);
        var variants = page.QuerySelectorAll("#variants tbody tr").Select(r => r.Children[1].TextContent.Trim() + "|" + r.Children[2].TextContent.Trim()).ToList();
        variants.ShouldBe(["Aanmelding → Intake → Toewijzing (301) → Start zorg (305)|2", "Aanmelding → Intake|1", "Aanmelding → Toewijzing (301)|1"]);
        var waits = page.QuerySelectorAll("#waits tbody tr").Select(r => r.Children[0].TextContent + "→" + r.Children[1].TextContent + " " + r.Children[2].TextContent + " " + r.Children[4].TextContent).ToList();
        waits.ShouldContain("Wijkteam→Gemeente 3 14,0 d");

        var logId = Guid.Parse(url.AbsolutePath.Split('/')[^1]);
        var list = await app.GetAsync($"/studies/{studyId}/logs");
        list.QuerySelectorAll("#logs tbody tr").Select(r => r.QuerySelector("th")!.TextContent.Trim()).ShouldBe(["Wijkteam 2024"]);
        var dropOut = await app.GetAsync($"/studies/{studyId}/logs/{logId}?uitkomst=Start%20zorg%20(305)");
        dropOut.QuerySelector("[data-testid=dropout-summary]")!.TextContent.ShouldStartWith("2 van de 4 zaken vallen uit");
        dropOut.QuerySelectorAll("#dropout tbody tr").Select(r => r.Children[0].TextContent.Trim()).ShouldBe(["Intake", "Toewijzing (301)"], ignoreOrder: true);

        var csv = await app.Browser.Client.GetStringAsync($"/studies/{studyId}/logs/{logId}?handler=Csv&what=varianten");
        csv.ShouldContain("Aanmelding → Intake;1;");
        var xlsx = await app.Browser.Client.GetAsync($"/studies/{studyId}/logs/{logId}?handler=Xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        (await xlsx.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());

        await using var db = app.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.ObjectType == "EventLog" && e.ObjectId == logId)).ShouldBe(2);
        var pseudonyms = await db.Set<StoredLogCase>().Where(c => c.LogId == logId).Select(c => c.Pseudonym).ToListAsync();
        pseudonyms.Count.ShouldBe(4);
        (await db.Set<EventLogKey>().SingleAsync(k => k.StudyId == studyId)).Protected.ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task BrokenXes_IsRefusedWithLineAndPosition_AndNothingIsStored(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var broken = LogFixtures.WijkteamXes.Replace("</trace>\n  <trace>", "</trace>\n  <trace", StringComparison.Ordinal);

        var (page, _) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "kapot.xes", broken);

        var errors = page.Errors();
        errors[0].ShouldBe("Het bestand is niet ingelezen; er is niets opgeslagen.");
        errors.ShouldContain(e => e.StartsWith("kapot.xes, regel ", StringComparison.Ordinal) && e.Contains("positie", StringComparison.Ordinal));
        await using var db = app.CreateContext();
        (await db.EventLogs.CountAsync()).ShouldBe(0);
        (await db.Set<StoredLogEvent>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Csv_ShowsPreviewAndMapping_AWrongMappingIsRefused_TheRightOneImports(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        const string csv = "dossier;stap;wanneer;team\nD1;Aanmelding;8-1-2024 09:00;Wijkteam\nD1;Intake;15-1-2024 09:00;Wijkteam\nD2;Aanmelding;9-1-2024 10:00;Wijkteam\n";

        var (preview, _) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "export.csv", csv);

        preview.Heading().ShouldBe("Kolommen van het CSV-bestand koppelen");
        preview.QuerySelectorAll("#preview tbody tr").Length.ShouldBe(3);
        var wrong = await app.Browser.SubmitAsync(preview, "form[action*='handler=Import']", Scenario.Fields(
            ("Columns.Case", "dossier"), ("Columns.Activity", "stap"), ("Columns.Timestamp", "team"), ("Columns.Organization", "")));
        wrong.Errors().ShouldContain(e => e.Contains("export.csv, regel 2", StringComparison.Ordinal) && e.Contains("team", StringComparison.Ordinal), string.Join(" / ", wrong.Errors()));
        await using (var db = app.CreateContext())
        {
            (await db.EventLogs.CountAsync()).ShouldBe(0);
        }

        var imported = await app.Browser.SubmitAsync(wrong, "form[action*='handler=Import']", Scenario.Fields(
            ("Columns.Case", "dossier"), ("Columns.Activity", "stap"), ("Columns.Timestamp", "wanneer"), ("Columns.Organization", "team")));

        imported.Heading().ShouldBe("export.csv");
        imported.QuerySelector("[data-testid=log-summary]")!.TextContent.ShouldContain("2 zaken, 3 gebeurtenissen");
    }

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Mapping_PutsTheLogBesideTheInterviews(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var (logPage, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes", LogFixtures.WijkteamXes);
        logPage.QuerySelector("#naast-interviews")!.TextContent.ShouldContain("Koppel eerst");

        var mapping = await app.GetAsync($"/studies/{studyId}/logs/mapping");
        var rows = mapping.QuerySelectorAll("#mapping-organization tbody tr").ToList();
        rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()).ShouldBe(["Gemeente", "Wijkteam", "Zorgaanbieder Oost"]);
        string Option(string organization) => mapping.QuerySelectorAll("#mapping-organization option").First(o => o.TextContent == organization).GetAttribute("value")!;
        string FieldOf(string name, string field) => rows.First(r => r.QuerySelector("th")!.TextContent.Trim() == name).QuerySelector($"select[name$='{field}']")!.GetAttribute("name")!;
        var saved = await app.Browser.SubmitAsync(mapping, "form.inbeeld-form", Scenario.Fields(
            (FieldOf("Wijkteam", "OrganizationId"), Option("Jongerenloket")), (FieldOf("Gemeente", "OrganizationId"), Option("UWV"))));
        saved.QuerySelector(".inbeeld-status")!.TextContent.ShouldContain("opgeslagen");

        var beside = await app.GetAsync(url.PathAndQuery);
        var row = beside.QuerySelectorAll("#beside tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Jongerenloket → UWV");
        row.Children[3].TextContent.ShouldBe("3");
        row.Children[4].TextContent.ShouldBe("14,0 d");
    }
}
