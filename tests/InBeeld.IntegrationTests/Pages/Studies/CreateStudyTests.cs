using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Studies;

public sealed class CreateStudyTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task CreateStudy_WithVocabulary_StoresStudyAndLists(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);

        await using var db = app.CreateContext();
        var study = await db.Studies.Include(s => s.Municipalities).Include(s => s.Organizations).Include(s => s.Phases)
            .Include(s => s.Channels).Include(s => s.TurningPoints).Include(s => s.AttributeDefinitions).SingleAsync(s => s.Id == studyId);
        study.Title.ShouldBe("Jongeren in beeld");
        study.PeriodStart.ShouldBe(new DateOnly(2025, 1, 1));
        study.PeriodEnd.ShouldBe(new DateOnly(2025, 6, 30));
        study.Municipalities.Select(m => m.CbsCode).ShouldBe(["GM0197"]);
        study.Organizations.OrderBy(o => o.Order).Select(o => (o.Name, o.Type))
            .ShouldBe([("UWV", OrganizationType.Uwv), ("Jongerenloket", OrganizationType.MunicipalityYouth)]);
        study.Phases.OrderBy(p => p.Order).Select(p => p.Name).ShouldBe(["Oriëntatie", "Aanmelding", "Begeleiding"]);
        study.Channels.Single().Name.ShouldBe("Balie");
        study.TurningPoints.Single().Name.ShouldBe("18 worden");
        var attribute = study.AttributeDefinitions.Single();
        attribute.Type.ShouldBe(AttributeType.Choice);
        attribute.Choices.ShouldBe(["16-18", "19-23", "24-27"]);

        var details = await app.GetAsync($"/studies/{studyId}");
        details.Heading().ShouldBe("Jongeren in beeld");
        details.QuerySelector("dl")!.TextContent.ShouldContain("Aalten");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CreateStudy_WithoutTitleAndEndBeforeStart_IsRefusedNamingTheFields(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var form = await app.GetAsync("/studies/new");
        var page = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(
            ("Input.Title", ""), ("Input.PeriodStart", "2025-06-01"), ("Input.PeriodEnd", "2025-01-01")));

        page.Errors().ShouldBe(["Titel is verplicht.", "Einddatum ligt vóór de startdatum."], ignoreOrder: true);
        page.ErrorTargets().ShouldContain("Input_Title");
        page.QuerySelector("#Input_Title")!.GetAttribute("aria-describedby").ShouldBe("Input_Title-error");
        await using var db = app.CreateContext();
        (await db.Studies.CountAsync()).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CreateStudy_ByDefault_StartsWithTheDefaultLists(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var form = await app.GetAsync("/studies/new");
        var details = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Fields(("Input.Title", "Standaard")));

        var studyId = details.IdAfter("studies");
        await using var db = app.CreateContext();
        (await db.Phases.Where(p => p.StudyId == studyId).OrderBy(p => p.Order).Select(p => p.Name).ToListAsync())
            .ShouldBe(Core.Reference.DefaultVocabulary.Phases.Select(t => t.Name));
        (await db.Channels.CountAsync(c => c.StudyId == studyId)).ShouldBe(Core.Reference.DefaultVocabulary.Channels.Count);
        (await db.TurningPoints.CountAsync(t => t.StudyId == studyId)).ShouldBe(Core.Reference.DefaultVocabulary.TurningPoints.Count);
        (await db.Organizations.CountAsync(o => o.StudyId == studyId)).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Home_ListsStudiesWithCounts(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await RegisterParticipantAsync(app.Browser, studyId, "ACH-001");

        var home = await app.GetAsync("/");

        var row = home.QuerySelectorAll("tbody tr").Single();
        row.QuerySelector("th")!.TextContent.Trim().ShouldBe("Jongeren in beeld");
        row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["Jongeren van 16 tot 27 jaar", "1", "0", "0"]);
    }
}
