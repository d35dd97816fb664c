using System.Net;
using System.Text.Json;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data.Journeys;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Access;

public sealed class ParticipantPrivacyTests
{
    private sealed record Setup(Guid Study, Guid Participant, Guid Interview);

    private static async Task<Setup> StudyWithOneInterviewAsync(TestApp app, string code = "P-001")
    {
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        await Scenario.RegisterParticipantAsync(app.Browser, study, code);
        Guid participant;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Where(p => p.Code == code).Select(p => p.Id).SingleAsync();
        }

        var interview = await Scenario.RecordInterviewAsync(app.Browser, study, participant);
        await Scenario.AddStepAsync(app.Browser, study, interview, ("Input.Description", "Eerste gesprek bij het jongerenloket"));
        return new Setup(study, participant, interview);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task WithdrawnConsent_ExcludesTheInterviews_FromAnalysisAndExport_Visibly(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await StudyWithOneInterviewAsync(app);
        await using (var db = app.CreateContext())
        {
            (await InterviewJourneyLoader.LoadAsync(db, s.Study, CancellationToken.None)).JourneyCount.ShouldBe(1);
        }

        var page = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/consent");
        var after = await app.Browser.SubmitAsync(page, "form[action*='handler=Withdraw']");

        after.QuerySelector("[data-testid=consent-withdrawn]").ShouldNotBeNull();
        var list = await app.GetAsync($"/studies/{s.Study}/participants");
        list.Body!.TextContent.ShouldContain("Toestemming ingetrokken");
        var overview = await app.GetAsync($"/studies/{s.Study}/overview");
        overview.Body!.TextContent.ShouldContain("zonder toestemming");
        await using (var db = app.CreateContext())
        {
            (await InterviewJourneyLoader.LoadAsync(db, s.Study, CancellationToken.None)).JourneyCount.ShouldBe(0);
            var exporter = new InBeeld.Data.Interchange.StudyExporter(db);
            (await exporter.CountWithoutConsentAsync(s.Study, CancellationToken.None)).ShouldBe(1);
            using var stream = new MemoryStream();
            await exporter.ExportAsync(s.Study, stream, null, CancellationToken.None);
            var json = JsonDocument.Parse(stream.ToArray()).RootElement;
            json.GetProperty("interviews").GetArrayLength().ShouldBe(0);
            json.GetProperty("participants").GetArrayLength().ShouldBe(0);
        }
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task PseudonymKey_IsStoredEncrypted_ReadByCoordinatorsOnly_AndEveryReadIsLogged(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await StudyWithOneInterviewAsync(app);
        const string contact = "06-12345678, via de jongerenwerker";

        var page = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/contact");
        await app.Browser.SubmitAsync(page, "form.inbeeld-form", Scenario.Fields(("ContactDetails", contact)));
        var again = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/contact");

        again.QuerySelector("textarea[name=ContactDetails]")!.TextContent.Trim().ShouldBe(contact);
        await using var db = app.CreateContext();
        var stored = await db.ParticipantContacts.SingleAsync();
        stored.Protected.ShouldNotContain("06-12345678");
        stored.Protected.ShouldNotContain("jongerenwerker");
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Read && e.ObjectId == s.Participant)).ShouldBeGreaterThanOrEqualTo(2);

        var researcher = await TestAccounts.CreateAsync(app.Factory, "collega");
        await TestAccounts.GrantAsync(app.Factory, s.Study, researcher.Id, StudyRole.Researcher);
        var colleague = app.NewBrowser();
        await TestAccounts.SignInAsync(colleague, "collega");
        await colleague.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/contact");
        colleague.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task AccessRequest_HoldsEverything_AndErasure_RemovesEverything(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var s = await StudyWithOneInterviewAsync(app);
        var other = await StudyWithOneInterviewAsync(app, "P-002");
        var contactPage = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/contact");
        await app.Browser.SubmitAsync(contactPage, "form.inbeeld-form", Scenario.Fields(("ContactDetails", "via school")));

        var rights = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/rights");
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)rights.QuerySelector("form[action*='handler=Export']")!;
        var response = await app.Browser.Client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(Browser.FormFields(form)));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        json.GetProperty("pseudonym").GetString().ShouldBe("P-001");
        json.GetProperty("contactDetails").GetString().ShouldBe("via school");
        json.GetProperty("interviews")[0].GetProperty("steps")[0].GetProperty("description").GetString().ShouldBe("Eerste gesprek bij het jongerenloket");

        // A wrong confirmation changes nothing.
        rights = await app.GetAsync($"/studies/{s.Study}/participants/{s.Participant}/rights");
        var refused = await app.Browser.SubmitAsync(rights, "form[action*='handler=Erase']", Scenario.Fields(("ConfirmCode", "P-00")));
        refused.Errors().ShouldNotBeEmpty();
        await using (var db = app.CreateContext())
        {
            (await db.Participants.CountAsync(p => p.Id == s.Participant)).ShouldBe(1);
        }

        await app.Browser.SubmitAsync(rights, "form[action*='handler=Erase']", Scenario.Fields(("ConfirmCode", "P-001")));

        await using var check = app.CreateContext();
        (await check.Participants.CountAsync(p => p.Id == s.Participant)).ShouldBe(0);
        (await check.Interviews.CountAsync(i => i.Id == s.Interview)).ShouldBe(0);
        (await check.Steps.CountAsync(st => st.InterviewId == s.Interview)).ShouldBe(0);
        (await check.ParticipantContacts.CountAsync()).ShouldBe(0);
        (await check.Interviews.CountAsync(i => i.Id == other.Interview)).ShouldBe(1, "the other participant is untouched");
        (await check.AuditEntries.CountAsync(e => e.Action == AuditActions.ParticipantErased && e.ObjectId == s.Participant)).ShouldBe(1);
        (await check.AuditEntries.CountAsync(e => e.Action == AuditActions.Export && e.ObjectId == s.Participant)).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task GuessedIds_FromAnotherStudy_FindNothing(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var mine = await StudyWithOneInterviewAsync(app, "M-001");
        var theirs = await StudyWithOneInterviewAsync(app, "T-001");

        // A member of study "mine" puts the other study's ids in a URL of their own study.
        await app.GetAsync($"/studies/{mine.Study}/interviews/{theirs.Interview}");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        await app.GetAsync($"/studies/{mine.Study}/participants/{theirs.Participant}/edit");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        await app.GetAsync($"/studies/{mine.Study}/participants/{theirs.Participant}/contact");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.NotFound);
        await app.GetAsync($"/studies/{mine.Study}/interviews/{mine.Interview}/edit");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK);
    }
}
