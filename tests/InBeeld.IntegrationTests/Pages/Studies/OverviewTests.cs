using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Studies;

public sealed class OverviewTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task Overview_CountsInterviewsConsentStepsAndHandovers(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        await RegisterParticipantAsync(app.Browser, studyId, "ACH-001");
        await RegisterParticipantAsync(app.Browser, studyId, "ACH-002");
        await using var db = app.CreateContext();
        var participants = await db.Participants.OrderBy(p => p.Code).Select(p => p.Id).ToListAsync();
        var uwv = await db.Organizations.Where(o => o.Name == "UWV").Select(o => o.Id).SingleAsync();
        var aanmelding = await db.Phases.Where(p => p.Name == "Aanmelding").Select(p => p.Id).SingleAsync();
        var withConsent = await RecordInterviewAsync(app.Browser, studyId, participants[0]);
        var withoutConsent = await RecordInterviewAsync(app.Browser, studyId, participants[1], consent: false);
        await AddStepAsync(app.Browser, studyId, withConsent, ("Input.Description", "A"), ("Input.OrganizationId", uwv.ToString()),
            ("Input.PhaseId", aanmelding.ToString()), ("Input.Experience", "-1"), ("Input.Handover", "Warm"));
        await AddStepAsync(app.Browser, studyId, withConsent, ("Input.Description", "B"), ("Input.OrganizationId", uwv.ToString()),
            ("Input.PhaseId", aanmelding.ToString()), ("Input.Experience", "2"), ("Input.Handover", "Cold"));
        await AddStepAsync(app.Browser, studyId, withoutConsent, ("Input.Description", "C"), ("Input.OrganizationId", uwv.ToString()));

        var overview = await app.GetAsync($"/studies/{studyId}/overview");

        overview.QuerySelectorAll("[data-testid=overview-counts] li").Select(li => li.TextContent.Trim()).ShouldBe([
            "2 deelnemers", "2 interviews", "1 interviews zonder toestemming", "2 stappen in 1 interviews met toestemming"]);
        var uwvRow = overview.QuerySelectorAll("#matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "UWV");
        var headers = overview.QuerySelectorAll("#matrix thead th").Select(th => th.TextContent.Trim()).ToList();
        var cells = uwvRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        cells[headers.IndexOf("Aanmelding") - 1].ShouldBe("2");
        cells[^1].ShouldBe("1 van 1");
        var experience = overview.QuerySelectorAll("#experience tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Aanmelding");
        experience.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ShouldBe(["+0,5", "n = 2"]);
        overview.QuerySelectorAll("#handovers tbody tr").Select(r => r.TextContent.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(parts => string.Join(" ", parts))
            .ShouldBe(["Niet vastgelegd 0 van 2", "Warm 1 van 2", "Koud 1 van 2", "Geen 0 van 2"]);
    }
}
