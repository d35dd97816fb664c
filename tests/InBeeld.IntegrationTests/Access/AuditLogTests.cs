using System.Net;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Access;

public sealed class AuditLogTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ReadsRefusalsAndSignIns_AreLogged_WithoutContent(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        await Scenario.RegisterParticipantAsync(app.Browser, study, "A-001");
        Guid participant;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Select(p => p.Id).SingleAsync();
        }

        var interview = await Scenario.RecordInterviewAsync(app.Browser, study, participant);
        var reader = await TestAccounts.CreateAsync(app.Factory, "lezer");
        await TestAccounts.GrantAsync(app.Factory, study, reader.Id, StudyRole.Reader);
        var readerBrowser = app.NewBrowser();
        await TestAccounts.SignInAsync(readerBrowser, "lezer");
        var wrongPassword = app.NewBrowser();
        var login = await wrongPassword.GetAsync("/account/login");
        await wrongPassword.SubmitAsync(login, "form.inbeeld-form", Scenario.Fields(("Input.UserName", "lezer"), ("Input.Password", "niet het goede wachtwoord")));

        await app.GetAsync($"/studies/{study}/interviews/{interview}");
        await readerBrowser.GetAsync($"/studies/{study}/interviews/{interview}");

        readerBrowser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
        await using var check = app.CreateContext();
        var entries = await check.AuditEntries.AsNoTracking().ToListAsync();
        entries.ShouldContain(e => e.Action == AuditActions.Read && e.Result == AuditResult.Succeeded && e.Actor == "onderzoeker" && e.ObjectType == "Interview" && e.ObjectId == interview && e.StudyId == study);
        entries.ShouldContain(e => e.Action == AuditActions.AccessDenied && e.Result == AuditResult.Denied && e.Actor == "lezer" && e.ObjectId == interview);
        entries.ShouldContain(e => e.Action == AuditActions.Login && e.Result == AuditResult.Failed && e.UserId == reader.Id);
        entries.ShouldContain(e => e.Action == AuditActions.Change && e.ObjectType == "Interview" && e.Result == AuditResult.Succeeded);
        // Ids and codes only: neither the pseudonym nor the password attempt ever reaches the log.
        entries.ShouldAllBe(e => !(e.Actor + e.Action + e.ObjectType + e.Source).Contains("A-001") && !(e.Actor + e.Source).Contains("wachtwoord"));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Entries_CannotBeChangedOrDeletedThroughTheApp(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var db = app.CreateContext();
        var entry = await db.AuditEntries.FirstAsync();

        entry.Actor = "iemand anders";
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync());
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        await using var check = app.CreateContext();
        (await check.AuditEntries.AnyAsync(e => e.Actor == "iemand anders")).ShouldBeFalse();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, signIn: false);
        await TestAccounts.CreateAsync(app.Factory, "doelwit");
        var browser = app.Browser;
        for (var i = 0; i < 5; i++)
        {
            var page = await browser.GetAsync("/account/login");
            await browser.SubmitAsync(page, "form.inbeeld-form", Scenario.Fields(("Input.UserName", "doelwit"), ("Input.Password", $"fout wachtwoord nummer {i}")));
        }

        var login = await browser.GetAsync("/account/login");
        var result = await browser.SubmitAsync(login, "form.inbeeld-form", Scenario.Fields(("Input.UserName", "doelwit"), ("Input.Password", TestAccounts.Password)));

        result.Body!.TextContent.ShouldContain("tijdelijk geblokkeerd");
        (await browser.Client.GetAsync(new Uri("/", UriKind.Relative))).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login");
        await using var db = app.CreateContext();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditActions.LockedOut)).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task LoginAttempts_AreRateLimitedPerAddress(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider, signIn: false, loginAttemptsPerMinute: 3);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var page = await app.Browser.GetAsync("/account/login");
            await app.Browser.SubmitAsync(page, "form.inbeeld-form", Scenario.Fields(("Input.UserName", $"gok{i}"), ("Input.Password", "een gok van twaalf tekens")));
            statuses.Add(app.Browser.LastStatus);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses[3].ShouldBe(HttpStatusCode.TooManyRequests);
    }
}
