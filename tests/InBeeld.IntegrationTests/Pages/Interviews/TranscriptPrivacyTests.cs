using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Pages.Interviews;

public sealed class TranscriptPrivacyTests
{
    // 111222333 passes the 11-proef (9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3−1·3 = 66 = 6·11): a valid-looking, invented BSN.
    private const string Transcript = "Ik heet Fatima Yilmaz en mijn BSN is 111222333. Bel me op 06-12345678.";

    [Theory, ClassData(typeof(Providers))]
    public async Task TranscriptWithPersonalData_IsHeldBack_UntilTheResearcherChooses(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        await Scenario.RegisterParticipantAsync(app.Browser, study, "T-001");
        Guid participant;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Select(p => p.Id).SingleAsync();
        }

        var interview = await Scenario.RecordInterviewAsync(app.Browser, study, participant);
        var edit = await app.GetAsync($"/studies/{study}/interviews/{interview}/edit");

        var held = await app.Browser.SubmitAsync(edit, "form.inbeeld-form", Scenario.Fields(("Input.Transcript", Transcript)));

        var panel = held.QuerySelector("[data-testid=personal-data]");
        panel.ShouldNotBeNull();
        panel.TextContent.ShouldContain("111222333");
        panel.TextContent.ShouldContain("06-12345678");
        await using (var db = app.CreateContext())
        {
            (await db.Interviews.SingleAsync()).Transcript.ShouldBeNull("nothing is saved before the researcher chooses");
        }

        await app.Browser.SubmitAsync(held, "form.inbeeld-form", Scenario.Fields(("Input.PersonalData", "replace")));

        await using var check = app.CreateContext();
        var saved = (await check.Interviews.SingleAsync()).Transcript!;
        saved.ShouldNotContain("111222333");
        saved.ShouldNotContain("06-12345678");
        saved.ShouldNotContain("Yilmaz");
        saved.ShouldStartWith("Ik heet [");
    }
}
