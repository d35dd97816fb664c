using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Interviews;

public sealed class RouteEditorTests
{
    private sealed record Setup(TestApp App, Guid StudyId, Guid InterviewId);

    private static async Task<Setup> InterviewWithThreeStepsAsync(TestApp app)
    {
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await RegisterParticipantAsync(app.Browser, studyId, "ACH-001");
        await using var db = app.CreateContext();
        var participantId = await db.Participants.Select(p => p.Id).SingleAsync();
        var uwv = await db.Organizations.Where(o => o.Name == "UWV").Select(o => o.Id).SingleAsync();
        var loket = await db.Organizations.Where(o => o.Name == "Jongerenloket").Select(o => o.Id).SingleAsync();
        var interviewId = await RecordInterviewAsync(app.Browser, studyId, participantId);

        await AddStepAsync(app.Browser, studyId, interviewId, ("Input.Description", "Eerste gesprek op school"), ("Input.Date", "2024"),
            ("Input.Experience", "1"), ("Input.Handover", "Warm"), ("Input.WaitingDays", "14"), ("Input.NewQuote", "Ze nam me mee naar het loket."));
        await AddStepAsync(app.Browser, studyId, interviewId, ("Input.Description", "Aanmelding bij het jongerenloket"), ("Input.Date", "2024-05"),
            ("Input.OrganizationId", loket.ToString()), ("Input.Experience", "-2"), ("Input.Handover", "Cold"), ("Input.PainPoint", "Verhaal opnieuw verteld"));
        var route = await AddStepAsync(app.Browser, studyId, interviewId, ("Input.Description", "Uitkering aangevraagd"), ("Input.Date", "2024-06-03"),
            ("Input.OrganizationId", uwv.ToString()), ("Input.Experience", "0"));
        route.Errors().ShouldBeEmpty();
        return new Setup(app, studyId, interviewId);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task RecordInterview_WithThreeSteps_StoresTheRouteInOrder(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await InterviewWithThreeStepsAsync(app);

        await using var db = app.CreateContext();
        var interview = await db.Interviews.Include(i => i.Steps).ThenInclude(st => st.Quotes).SingleAsync();
        interview.Consent.Given.ShouldBeTrue();
        interview.Mode.ShouldBe(Core.Interviews.InterviewMode.Phone);
        var steps = interview.Steps.OrderBy(st => st.Order).ToList();
        steps.Select(st => st.Description).ShouldBe(["Eerste gesprek op school", "Aanmelding bij het jongerenloket", "Uitkering aangevraagd"]);
        steps.Select(st => st.Order).ShouldBe([0, 1, 2]);
        steps.Select(st => st.DatePrecision).ShouldBe([Core.Interviews.DatePrecision.Year, Core.Interviews.DatePrecision.Month, Core.Interviews.DatePrecision.Day]);
        steps[0].Handover.ShouldBe(Core.Interviews.HandoverKind.Warm);
        steps[0].WaitingDays.ShouldBe(14);
        steps[0].Quotes.Single().Text.ShouldBe("Ze nam me mee naar het loket.");
        steps[1].Experience.ShouldBe(-2);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task MoveAndDelete_ChangeTheOrderWithoutJavaScript(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await InterviewWithThreeStepsAsync(app);
        var route = await app.GetAsync($"/studies/{s.StudyId}/interviews/{s.InterviewId}/route");

        // "Omhoog" on the third step.
        route.QuerySelectorAll("ol.inbeeld-route > li")[2].QuerySelector("form[action*='handler=Move']")!.Id = "up";
        route = await app.Browser.SubmitAsync(route, "#up");
        // "Verwijderen" on the (now) first step.
        route.QuerySelectorAll("ol.inbeeld-route > li")[0].QuerySelector("form[action*='handler=Delete']")!.Id = "delete";
        route = await app.Browser.SubmitAsync(route, "#delete");

        route.QuerySelectorAll("ol.inbeeld-route > li strong").Select(e => e.TextContent.Trim())
            .ShouldBe(["Stap 1: Uitkering aangevraagd", "Stap 2: Aanmelding bij het jongerenloket"]);
        await using var db = app.CreateContext();
        (await db.Steps.OrderBy(st => st.Order).Select(st => new { st.Description, st.Order }).ToListAsync())
            .Select(st => (st.Description, st.Order))
            .ShouldBe([("Uitkering aangevraagd", 0), ("Aanmelding bij het jongerenloket", 1)]);
        (await db.Quotes.CountAsync()).ShouldBe(0);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Experience_OutsideTheScale_IsRefusedNamingTheField(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await InterviewWithThreeStepsAsync(app);

        var page = await AddStepAsync(app.Browser, s.StudyId, s.InterviewId, ("Input.Description", "Te blij"), ("Input.Experience", "5"));

        page.Errors().ShouldBe(["Beleving: 5 ligt buiten de schaal; kies een waarde van −2 tot en met +2."]);
        page.ErrorTargets().ShouldBe(["Input_Experience"]);
        await using var db = app.CreateContext();
        (await db.Steps.CountAsync()).ShouldBe(3);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Timeline_ShowsTheStepsInOrderWithHandoversAsText(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await InterviewWithThreeStepsAsync(app);

        var details = await app.GetAsync($"/studies/{s.StudyId}/interviews/{s.InterviewId}");

        var cards = details.QuerySelectorAll("ol.inbeeld-timeline > li");
        cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim().Replace("\n", " "))
            .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .ShouldBe(["Stap 1: Eerste gesprek op school", "Stap 2: Aanmelding bij het jongerenloket", "Stap 3: Uitkering aangevraagd"]);
        cards[0].QuerySelector(".inbeeld-handover")!.TextContent.ShouldContain("Warm");
        cards[0].QuerySelector(".inbeeld-handover")!.TextContent.ShouldContain("14 dagen wachten");
        cards[1].QuerySelector(".inbeeld-handover--cold")!.TextContent.ShouldContain("Koud");
        cards[1].TextContent.ShouldContain("−2 Heel negatief");
        cards[1].TextContent.ShouldContain("mei 2024");
        cards[2].QuerySelector(".inbeeld-handover").ShouldBeNull();
        cards[0].QuerySelector("blockquote")!.TextContent.ShouldContain("Ze nam me mee naar het loket.");
    }
}
