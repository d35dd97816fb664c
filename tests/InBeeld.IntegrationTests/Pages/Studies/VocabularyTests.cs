using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using static InBeeld.IntegrationTests.Web.Scenario;

namespace InBeeld.IntegrationTests.Pages.Studies;

public sealed class VocabularyTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task DeletePhase_InUse_IsRefusedWithTheNumberOfSteps(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        var participant = await RegisterParticipantAsync(app.Browser, studyId, "ACH-001");
        await using var db = app.CreateContext();
        var participantId = await db.Participants.Select(p => p.Id).SingleAsync();
        var phaseId = await db.Phases.Where(p => p.Name == "Aanmelding").Select(p => p.Id).SingleAsync();
        var interviewId = await RecordInterviewAsync(app.Browser, studyId, participantId);
        await AddStepAsync(app.Browser, studyId, interviewId, ("Input.Description", "Aanmelden"), ("Input.PhaseId", phaseId.ToString()));
        await AddStepAsync(app.Browser, studyId, interviewId, ("Input.Description", "Intake"), ("Input.PhaseId", phaseId.ToString()));

        var vocabulary = await app.GetAsync($"/studies/{studyId}/vocabulary");
        var deleteForm = vocabulary.QuerySelectorAll("form[action*='handler=Delete']")
            .Single(f => f.QuerySelector("input[name=itemId]")!.GetAttribute("value") == phaseId.ToString());
        deleteForm.Id = "delete-target";
        var page = await app.Browser.SubmitAsync(vocabulary, "#delete-target");

        page.Errors().ShouldBe(["Dit item wordt gebruikt in 2 stap(pen) en kan daarom niet worden verwijderd. Pas eerst die stappen aan."]);
        await using var check = app.CreateContext();
        (await check.Phases.CountAsync(p => p.Id == phaseId)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task UnusedChannel_CanBeDeleted_AndPhasesMoved(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var studyId = await CreateStudyWithVocabularyAsync(app.Browser);
        var vocabulary = await app.GetAsync($"/studies/{studyId}/vocabulary");

        vocabulary.QuerySelector("#Vocabulary_Channel form[action*='handler=Delete']")!.Id = "delete-channel";
        vocabulary = await app.Browser.SubmitAsync(vocabulary, "#delete-channel");
        vocabulary.QuerySelector("#Vocabulary_Phase form[action*='handler=Move']")!.Id = "move-first-phase-down";
        await app.Browser.SubmitAsync(vocabulary, "#move-first-phase-down");

        await using var db = app.CreateContext();
        (await db.Channels.CountAsync()).ShouldBe(0);
        (await db.Phases.OrderBy(p => p.Order).Select(p => p.Name).ToListAsync()).ShouldBe(["Aanmelding", "Oriëntatie", "Begeleiding"]);
    }
}
