using InBeeld.Data.EventLogs;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.EventLogs;

/// <summary>Conformance, the case list and deleting, on the fixture log of <see cref="LogFixtures"/>.</summary>
public sealed class LogDetailPagesTests
{
    /// <summary>The intended route: Aanmelding → Intake → Toewijzing → Start zorg, in that order.</summary>
    private const string Route = """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p">
          <startEvent id="s"/><task id="a" name="Aanmelding"/><task id="i" name="Intake"/>
          <task id="t" name="Toewijzing (301)"/><task id="z" name="Start zorg (305)"/><endEvent id="e"/>
          <sequenceFlow id="f1" sourceRef="s" targetRef="a"/><sequenceFlow id="f2" sourceRef="a" targetRef="i"/>
          <sequenceFlow id="f3" sourceRef="i" targetRef="t"/><sequenceFlow id="f4" sourceRef="t" targetRef="z"/>
          <sequenceFlow id="f5" sourceRef="z" targetRef="e"/>
        </process></definitions>
        """;

    [Theory]
    [ClassData(typeof(Providers))]
    public async Task Conformance_CasesAndDelete_WorkOnAStoredLog(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Logboeken");
        var upload = await app.GetAsync($"/studies/{studyId}/logs/upload");
        var (_, url) = await Uploads.PostFileAsync(app.Browser, upload, "form[data-upload-progress]", "file", "wijkteam.xes", LogFixtures.WijkteamXes);
        var logPath = url.AbsolutePath;

        // Two cases follow the route; Z-003 skips Toewijzing and Start zorg, Z-004 skips Intake and
        // Start zorg: cost 4 of at most 8 + 8 + 6 + 6 = 28, so fitness 1 − 4/28 = 0,857.
        var conformance = await app.GetAsync(logPath + "/conformance");
        var (result, _) = await Uploads.PostFileAsync(app.Browser, conformance, "form[enctype]", "model", "route.bpmn", Route);
        result.QuerySelector("[data-testid=fitness]")!.TextContent.ShouldStartWith("Fitness 0,857 (uitlijning)");
        result.QuerySelector("[data-testid=fitness]")!.TextContent.ShouldContain("2 van de 4 zaken volgen de route precies");
        var deviations = result.QuerySelectorAll("#deviations tbody tr").Select(r => (r.Children[0].TextContent.Trim(), r.Children[1].TextContent, r.Children[3].TextContent)).ToList();
        deviations[0].ShouldBe(("Start zorg (305)", "2", "2"));
        deviations.Skip(1).Select(d => d.Item1).ShouldBe(["Intake", "Toewijzing (301)"], ignoreOrder: true);

        var (broken, _) = await Uploads.PostFileAsync(app.Browser, conformance, "form[enctype]", "model", "kapot.bpmn", "<definitions><process>");
        broken.Errors().ShouldContain(e => e.StartsWith("kapot.bpmn", StringComparison.Ordinal));

        // The cases behind variant 1 (two cases): pseudonyms only, never the case codes of the file.
        var cases = await app.GetAsync(logPath + "/cases?variant=1");
        var rows = cases.QuerySelectorAll("#cases tbody tr").ToList();
        rows.Count.ShouldBe(2);
        cases.Body!.TextContent.ShouldNotContain("Z-001");
        (await app.GetAsync(logPath + "/cases?variant=9")).ShouldNotBeNull();
        app.Browser.LastStatus.ShouldBe(System.Net.HttpStatusCode.NotFound);

        var delete = await app.GetAsync(logPath + "/delete");
        var list = await app.Browser.SubmitAsync(delete, "form.inbeeld-actions");
        list.QuerySelector(".inbeeld-status")!.TextContent.ShouldContain("is verwijderd");
        await using var db = app.CreateContext();
        (await db.EventLogs.CountAsync()).ShouldBe(0);
        (await db.Set<StoredLogEvent>().CountAsync()).ShouldBe(0);
        (await db.Set<StoredLogCase>().CountAsync()).ShouldBe(0);
        (await app.GetAsync(logPath)).ShouldNotBeNull();
        app.Browser.LastStatus.ShouldBe(System.Net.HttpStatusCode.NotFound, "the cached copy is forgotten too");
    }
}
