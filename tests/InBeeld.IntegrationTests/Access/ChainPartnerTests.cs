using System.Net;
using InBeeld.Core.Access;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Access;

public sealed class ChainPartnerTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ChainPartnerOfA_SeesOnlyA_AndCannotReachBsStepsByGuessingIds(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        await Scenario.RegisterParticipantAsync(app.Browser, study, "K-001");
        Guid participant, uwv, loket;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Select(p => p.Id).SingleAsync();
            uwv = await db.Organizations.Where(o => o.Name == "UWV").Select(o => o.Id).SingleAsync();
            loket = await db.Organizations.Where(o => o.Name == "Jongerenloket").Select(o => o.Id).SingleAsync();
        }

        var interview = await Scenario.RecordInterviewAsync(app.Browser, study, participant);
        await Scenario.AddStepAsync(app.Browser, study, interview, ("Input.Description", "Inschrijven als werkzoekende"), ("Input.OrganizationId", uwv.ToString()));
        await Scenario.AddStepAsync(app.Browser, study, interview, ("Input.Description", "Gesprek met de jongerencoach"), ("Input.OrganizationId", loket.ToString()));
        Guid uwvStep, loketStep;
        await using (var db = app.CreateContext())
        {
            uwvStep = await db.Steps.Where(s => s.OrganizationId == uwv).Select(s => s.Id).SingleAsync();
            loketStep = await db.Steps.Where(s => s.OrganizationId == loket).Select(s => s.Id).SingleAsync();
        }

        var partner = await TestAccounts.CreateAsync(app.Factory, "uwv-partner");
        await TestAccounts.GrantAsync(app.Factory, study, partner.Id, StudyRole.ChainPartner, uwv);
        var browser = app.NewBrowser();
        await TestAccounts.SignInAsync(browser, "uwv-partner");

        var list = await browser.GetAsync($"/studies/{study}/steps");
        list.Body!.TextContent.ShouldContain("Inschrijven als werkzoekende");
        list.Body.TextContent.ShouldNotContain("Gesprek met de jongerencoach");
        list.Body.TextContent.ShouldNotContain("K-001", customMessage: "no participant codes for chain partners");

        await browser.GetAsync($"/studies/{study}/steps/{uwvStep}");
        browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        await browser.GetAsync($"/studies/{study}/steps/{loketStep}");
        browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        await browser.GetAsync($"/studies/{study}/interviews/{interview}/steps/{loketStep}");
        browser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
        await browser.GetAsync($"/studies/{study}/interviews/{interview}");
        browser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
    }
}
