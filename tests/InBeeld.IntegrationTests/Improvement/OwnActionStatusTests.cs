using System.Net;
using InBeeld.Core.Access;
using InBeeld.Core.Actions;
using InBeeld.Core.Auditing;
using InBeeld.Data.Actions;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.Improvement;

/// <summary>
/// A chain partner keeps the status of their own organisation's actions current — and can do
/// nothing else: not another organisation's action, not the title, owner or dates.
/// </summary>
public sealed class OwnActionStatusTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task ChainPartnerOfA_UpdatesAsAction_IsRefusedOnBs_AndCannotEditOtherFields(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Acties per ketenpartner");
        Guid uwv, loket, own, other;
        await using (var db = app.CreateContext())
        {
            uwv = await db.Organizations.Where(o => o.StudyId == study && o.Name == "UWV").Select(o => o.Id).SingleAsync();
            loket = await db.Organizations.Where(o => o.StudyId == study && o.Name == "Jongerenloket").Select(o => o.Id).SingleAsync();
            var store = new ActionStore(db, app.Factory.Services.GetRequiredService<TimeProvider>());
            own = (await store.CreateAsync(study, new ActionInput { Title = "Warme overdracht naar het loket", OwnerOrganizationId = uwv, Status = ActionStatus.Agreed, DueDate = new DateOnly(2099, 3, 1) }, [], null, null, CancellationToken.None)).Id;
            other = (await store.CreateAsync(study, new ActionInput { Title = "Eén contactpersoon", OwnerOrganizationId = loket, Status = ActionStatus.Agreed }, [], null, null, CancellationToken.None)).Id;
        }

        var partner = await TestAccounts.CreateAsync(app.Factory, "uwv-partner");
        await TestAccounts.GrantAsync(app.Factory, study, partner.Id, StudyRole.ChainPartner, uwv);
        using var browser = app.NewBrowser();
        await TestAccounts.SignInAsync(browser, "uwv-partner");

        // The way in is offered on the own action only.
        var ownDetails = await browser.GetAsync($"/studies/{study}/actions/{own}");
        ownDetails.QuerySelector($"a[href='/studies/{study}/actions/{own}/status']").ShouldNotBeNull();
        ownDetails.QuerySelector($"a[href='/studies/{study}/actions/{own}/edit']").ShouldBeNull();
        var otherDetails = await browser.GetAsync($"/studies/{study}/actions/{other}");
        otherDetails.QuerySelector("a[href$='/status']").ShouldBeNull();

        // Own action: status and note change; a title or due date posted alongside is ignored.
        var form = await browser.GetAsync($"/studies/{study}/actions/{own}/status");
        browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        var saved = await browser.SubmitAsync(form, "form.inbeeld-form", Scenario.Fields(
            ("Input.Status", "InProgress"), ("Input.Note", "Intakegesprek samen met het loket is gestart"),
            ("Input.Title", "Gekaapt"), ("Input.DueDate", "2030-01-01"), ("Input.OwnerOrganizationId", loket.ToString())));
        Browser.UrlOf(saved).AbsolutePath.ShouldBe($"/studies/{study}/actions/{own}");
        saved.QuerySelector("[data-testid='action-status']")!.TextContent.Trim().ShouldBe("in uitvoering");
        var lastRow = saved.QuerySelectorAll("table tbody tr").Last().TextContent;
        lastRow.ShouldContain("uwv-partner");
        lastRow.ShouldContain("Intakegesprek samen met het loket is gestart");

        // The same status again is refused with a Dutch message, and adds nothing to the history.
        var again = await browser.SubmitAsync(await browser.GetAsync($"/studies/{study}/actions/{own}/status"), "form.inbeeld-form",
            Scenario.Fields(("Input.Status", "InProgress"), ("Input.Note", "Nog steeds bezig")));
        again.Errors().ShouldContain(e => e.Contains("De status is al \"in uitvoering\"", StringComparison.Ordinal));

        // Another organisation's action: the page and a post with a valid token are refused.
        await browser.GetAsync($"/studies/{study}/actions/{other}/status");
        browser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
        var token = Browser.FormFields((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("form.inbeeld-form")!)
            .Where(f => f.Key == "__RequestVerificationToken").ToList();
        var refused = await browser.Client.PostAsync($"/studies/{study}/actions/{other}/status",
            new FormUrlEncodedContent([.. token, new("Input.Status", "Stopped"), new("Input.Note", "Niet van ons")]));
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The full edit form stays closed to the chain partner, for reading and for posting.
        await browser.GetAsync($"/studies/{study}/actions/{own}/edit");
        browser.LastStatus.ShouldBe(HttpStatusCode.Forbidden);
        var edit = await browser.Client.PostAsync($"/studies/{study}/actions/{own}/edit",
            new FormUrlEncodedContent([.. token, new("Input.Title", "Gekaapt"), new("Input.Status", "Realised")]));
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using var check = app.CreateContext();
        var ownAfter = await check.ImprovementActions.Include(a => a.History).SingleAsync(a => a.Id == own);
        (ownAfter.Title, ownAfter.Status, ownAfter.DueDate, ownAfter.OwnerOrganizationId)
            .ShouldBe(("Warme overdracht naar het loket", ActionStatus.InProgress, (DateOnly?)new DateOnly(2099, 3, 1), (Guid?)uwv));
        ownAfter.History.Count.ShouldBe(2);
        var change = ownAfter.History.Single(h => h.From is not null);
        (change.From, change.To, change.ByUserId, change.Note).ShouldBe(((ActionStatus?)ActionStatus.Agreed, ActionStatus.InProgress, (Guid?)partner.Id, "Intakegesprek samen met het loket is gestart"));
        var otherAfter = await check.ImprovementActions.Include(a => a.History).SingleAsync(a => a.Id == other);
        (otherAfter.Status, otherAfter.History.Count).ShouldBe((ActionStatus.Agreed, 1));

        // Audited like every other change: the successful one, the refused one (failed change and denial).
        var entries = await check.AuditEntries.Where(e => e.UserId == partner.Id && e.Action != AuditActions.Login).ToListAsync();
        entries.Count(e => e.Action == AuditActions.Change && e.ObjectId == own && e.Result == AuditResult.Succeeded).ShouldBe(1);
        entries.Count(e => e.Action == AuditActions.Change && e.ObjectId == own && e.Result == AuditResult.Failed).ShouldBe(1, "the unchanged status");
        entries.Count(e => e.Action == AuditActions.Change && e.ObjectId == other && e.Result == AuditResult.Failed).ShouldBe(1);
        entries.Count(e => e.Action == AuditActions.AccessDenied).ShouldBeGreaterThanOrEqualTo(3, "status page and post of B's action, edit page");
    }
}
