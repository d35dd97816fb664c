using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using InBeeld.Core.Actions;
using InBeeld.Data.Actions;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Maps;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InBeeld.IntegrationTests.Improvement;

/// <summary>
/// The improvement pages end to end in the web app: a desired journey copied from an interview, an
/// action made from its cold handover, the status history, a review meeting, the coordinator view,
/// the plan as PDF (read back with pdftotext) and XLSX (read back with the Open XML SDK), the
/// glossary on the plan, and the calendar feed's token rule.
/// </summary>
public sealed class ImprovementPagesTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task FromInterview_ToDesiredJourney_ToAction_ToPlan(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var browser = app.Browser;
        var study = await Scenario.CreateStudyWithVocabularyAsync(browser, "Verzuim");
        await Scenario.RegisterParticipantAsync(browser, study, "VZ-01");
        Guid participant, school, other;
        await using (var db = app.CreateContext())
        {
            participant = await db.Participants.Where(p => p.StudyId == study).Select(p => p.Id).SingleAsync();
            var organizations = await db.Organizations.Where(o => o.StudyId == study).OrderBy(o => o.Order).Select(o => o.Id).ToListAsync();
            (school, other) = (organizations[0], organizations[1]);
        }

        var interview = await Scenario.RecordInterviewAsync(browser, study, participant);
        await Scenario.AddStepAsync(browser, study, interview, ("Input.Description", "Mentor ziet verzuim"), ("Input.OrganizationId", school.ToString()), ("Input.Handover", "Cold"), ("Input.Experience", "-1"));
        await Scenario.AddStepAsync(browser, study, interview, ("Input.Description", "Gesprek na zes weken"), ("Input.OrganizationId", other.ToString()), ("Input.Experience", "-2"));

        // Desired journey as a copy of the interview.
        var newDesired = await browser.GetAsync($"/studies/{study}/desired/new");
        var created = await browser.SubmitAsync(newDesired, "form.inbeeld-form", Scenario.Fields(("Input.Source", $"interview:{interview}"), ("Input.Title", "Gewenst: VZ-01")));
        browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        created.QuerySelector("h1")!.TextContent.ShouldBe("Gewenst: VZ-01");
        created.QuerySelectorAll("svg .hartslag-point").Length.ShouldBe(4, "two current and two desired points");
        created.QuerySelector("#stappen tbody tr td[data-handover='Cold']").ShouldNotBeNull();

        // The cold handover's action link carries the desired step and both organisations.
        var link = created.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Actie voor deze overdracht").GetAttribute("href")!;
        link.ShouldContain($"van={school}");
        link.ShouldContain($"naar={other}");
        var form = await browser.GetAsync(link);
        form.QuerySelector("ul.utrecht-unordered-list")!.TextContent.ShouldContain("Overdracht");

        var refused = await browser.SubmitAsync(form, "form.inbeeld-form", Scenario.Fields(("Input.Title", ""), ("Input.NextReviewDate", "2000-01-01")));
        refused.QuerySelector("#error-summary")!.TextContent.ShouldContain("Geef de actie een titel.");
        refused.QuerySelector("#error-summary")!.TextContent.ShouldContain("vóór de dag waarop de actie is gemaakt");
        await using (var db = app.CreateContext())
        {
            (await db.ImprovementActions.CountAsync()).ShouldBe(0, "a refused form changes nothing");
        }

        var detail = await browser.SubmitAsync(form, "form.inbeeld-form", Scenario.Fields(("Input.Title", "Mentor draagt warm over aan het RMC"), ("Input.OwnerPerson", "zorgcoördinator")));
        detail.QuerySelector("h1")!.TextContent.ShouldBe("Mentor draagt warm over aan het RMC");
        detail.QuerySelector("[data-testid=action-status]")!.TextContent.ShouldBe("voorgesteld");
        Guid actionId;
        await using (var db = app.CreateContext())
        {
            var action = await db.ImprovementActions.Include(a => a.Motivations).SingleAsync();
            actionId = action.Id;
            action.OwnerOrganizationId.ShouldBe(other, "the receiving organisation is proposed as owner");
            action.Motivations.Select(m => m.Kind).Order().ShouldBe([MotivationKind.DesiredStep, MotivationKind.Gap]);
        }

        // Status change with a note lands in the history.
        var edit = await browser.GetAsync($"/studies/{study}/actions/{actionId}/edit");
        var afterEdit = await browser.SubmitAsync(edit, "form.inbeeld-form", Scenario.Fields(("Input.Status", "Agreed"), ("Input.StatusNote", "akkoord in de werkgroep")));
        afterEdit.QuerySelector("[data-testid=action-status]")!.TextContent.ShouldBe("afgesproken");
        afterEdit.QuerySelector("table tbody")!.TextContent.ShouldContain("voorgesteld → afgesproken");
        afterEdit.QuerySelector("table tbody")!.TextContent.ShouldContain("akkoord in de werkgroep");

        // The plan, on screen and as files.
        var plan = await browser.GetAsync($"/studies/{study}/plan");
        plan.QuerySelectorAll("caption").Select(c => c.TextContent.Trim()).ShouldContain(c => c.Contains("Overdracht"));
        var pdf = await browser.Client.GetAsync($"/studies/{study}/plan?handler=Pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var path = Path.Combine(Path.GetTempPath(), $"plan-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync());
        try
        {
            var text = Poppler.Text(path);
            text.ShouldContain("Integraal plan: Verzuim");
            text.ShouldContain("Mentor draagt warm over aan het RMC");
            text.ShouldContain("afgesproken");
        }
        finally
        {
            File.Delete(path);
        }

        var xlsx = await browser.Client.GetAsync($"/studies/{study}/plan?handler=Xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()))
        using (var workbook = SpreadsheetDocument.Open(stream, false))
        {
            var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
            sheets.ShouldBe(["Per organisatie", "Langs de klantreis"]);
            var first = (WorksheetPart)workbook.WorkbookPart.GetPartById(workbook.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!);
            var rows = first.Worksheet.Descendants<Row>().ToList();
            rows.Count.ShouldBe(2, "a header and one action");
            rows[1].Descendants<Cell>().ElementAt(1).InnerText.ShouldBe("Mentor draagt warm over aan het RMC");
        }

        await using (var db = app.CreateContext())
        {
            (await db.AuditEntries.CountAsync(e => e.Action == "export" && e.ObjectType == "Plan")).ShouldBe(2);
        }

        // The analysis page turns the cold handover into an action with its figure as the motivation.
        var analysis = await browser.GetAsync($"/studies/{study}/analysis");
        var toAction = analysis.QuerySelectorAll("#h-to-actions + ul a").Single().GetAttribute("href")!;
        toAction.ShouldContain($"van={school}");
        toAction.ShouldContain($"naar={other}");
        var fromGap = await browser.GetAsync(toAction);
        fromGap.QuerySelector("ul.utrecht-unordered-list")!.TextContent.ShouldContain("koud of geen in 1 van 1 interviews met deze overdracht");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CoordinatorView_ShowsOverdueAndUnreviewed_UntilAMeetingReviewsThem(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser, "Ritme");
        Guid actionId;
        await using (var db = app.CreateContext())
        {
            var time = app.Factory.Services.GetRequiredService<TimeProvider>();
            var owner = await db.Organizations.Where(o => o.StudyId == study).Select(o => o.Id).FirstAsync();
            // Made "today" with a due date today: not overdue yet; cadence 1 day set below.
            var action = await new ActionStore(db, time).CreateAsync(study, new ActionInput { Title = "Wachtlijst delen", OwnerOrganizationId = owner, OwnerPerson = "teamleider", Status = ActionStatus.Agreed }, [], null, null, CancellationToken.None);
            actionId = action.Id;
            // Pretend it was made and due 10 days ago (the web app runs on the real clock).
            var earlier = action.CreatedAt.AddDays(-10);
            await db.ImprovementActions.Where(a => a.Id == actionId).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.CreatedAt, earlier)
                .SetProperty(a => a.DueDate, ActionMonitor.Today(time).AddDays(-3)));
        }

        var attention = await app.GetAsync($"/studies/{study}/actions/attention");
        attention.QuerySelector("section[aria-labelledby='te-laat']")!.TextContent.ShouldContain("Wachtlijst delen");
        attention.QuerySelector("section[aria-labelledby='te-laat']")!.TextContent.ShouldContain("te laat (3 dagen)");
        attention.QuerySelector("section[aria-labelledby='niet-besproken']")!.TextContent.ShouldNotContain("Wachtlijst delen", customMessage: "10 days is within the default 42");

        var withCadence = await app.Browser.SubmitAsync(attention, "form[action*='Cadence']", Scenario.Fields(("CadenceDays", "7")));
        withCadence.QuerySelector("section[aria-labelledby='niet-besproken']")!.TextContent.ShouldContain("Wachtlijst delen");

        var meeting = await app.GetAsync($"/studies/{study}/reviews/new");
        var recorded = await app.Browser.SubmitAsync(meeting, "form.inbeeld-form", Scenario.Fields(
            ("Input.Attendees", "School, RMC"), ("Input.Decisions[0].Discussed", "true"), ("Input.Decisions[0].Decision", "Verlengd tot maart"), ("Input.Decisions[0].NewStatus", "InProgress")));
        recorded.QuerySelector("main, body")!.TextContent.ShouldContain("Verlengd tot maart");

        var after = await app.GetAsync($"/studies/{study}/actions/attention");
        after.QuerySelector("section[aria-labelledby='niet-besproken']")!.TextContent.ShouldNotContain("Wachtlijst delen");
        var detail = await app.GetAsync($"/studies/{study}/actions/{actionId}");
        detail.QuerySelector("[data-testid=action-status]")!.TextContent.ShouldBe("in uitvoering");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CalendarFeed_RefusesAnotherUsersToken_InDutch(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var page = await app.GetAsync("/account/calendar");
        var made = await app.Browser.SubmitAsync(page, "#feed-form");
        var url = made.QuerySelector("#feed-url")!.GetAttribute("value")!;
        var token = url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..];

        var anonymous = app.NewBrowser();
        var own = await anonymous.Client.GetAsync(new Uri(url).PathAndQuery);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        (await own.Content.ReadAsStringAsync()).ShouldStartWith("BEGIN:VCALENDAR\r\n");

        var other = await TestAccounts.CreateAsync(app.Factory, "ander");
        var foreign = await anonymous.Client.GetAsync($"/calendar/{other.Id}/acties.ics?token={token}");
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await foreign.Content.ReadAsStringAsync()).ShouldContain("hoort bij een ander account");
    }
}
