using System.Net;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Demo;
using InBeeld.Data.Interchange;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Composites;

public sealed class CompositePagesTests
{
    private static async Task<Guid> DemoAsync(TestApp app, StudyRole role = StudyRole.Researcher)
    {
        await using var db = app.CreateContext();
        var study = await new StudyImporter(db, TimeProvider.System).ImportAsync(DemoStudy.Create(), null, CancellationToken.None);
        await app.JoinAsync(study, role);
        return study;
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Researcher_GroupsRenamesBuildsAndFollowsAStepToItsSources(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await DemoAsync(app);

        var index = await app.GetAsync($"/studies/{study}/composites");
        index.QuerySelector("[data-testid=no-grouping]").ShouldNotBeNull();

        var propose = await app.GetAsync($"/studies/{study}/composites/propose");
        var grouped = await app.Browser.SubmitAsync(propose, "form.inbeeld-form");
        Browser.UrlOf(grouped).AbsolutePath.ShouldBe($"/studies/{study}/composites");
        grouped.QuerySelector("[data-testid=grouping-reason]")!.TextContent.ShouldContain("silhouet");
        var groupLink = grouped.QuerySelector("#groepen tbody a")!;
        var groupUrl = groupLink.GetAttribute("href")!;

        // A new proposal needs a confirmation once there is a grouping; without it nothing changes.
        var again = await app.Browser.SubmitAsync(await app.GetAsync($"/studies/{study}/composites/propose"), "form.inbeeld-form", new Dictionary<string, string?> { ["K"] = "3" });
        again.Errors().ShouldContain(e => e.Contains("vervangen", StringComparison.Ordinal));
        var badK = await app.Browser.SubmitAsync(await app.GetAsync($"/studies/{study}/composites/propose"), "form.inbeeld-form", new Dictionary<string, string?> { ["K"] = "drie", ["ConfirmReplace"] = "true" });
        badK.Errors().ShouldContain(e => e.Contains("Aantal groepen", StringComparison.Ordinal));

        var group = await app.GetAsync(groupUrl);
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK, group.Body?.TextContent);
        var renamed = await app.Browser.SubmitAsync(group, "form[action*='handler=Rename']", new Dictionary<string, string?> { ["Name"] = "Uitval en weer gevonden" });
        renamed.Heading().ShouldBe("Groep: Uitval en weer gevonden");

        var journey = await app.Browser.SubmitAsync(renamed, "form[action*='handler=Build']");
        journey.Heading().ShouldBe("Samengestelde klantreis: Uitval en weer gevonden");
        journey.QuerySelector("#kaart svg").ShouldNotBeNull();
        var source = journey.QuerySelector("[data-testid=sources-link]")!;
        source.TextContent.ShouldMatch(@"\d+ van \d+ interviews.*");
        var sources = await app.GetAsync(source.GetAttribute("href")!);
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        var codes = sources.QuerySelectorAll("#bronnen tbody th a").Select(a => a.TextContent.Trim()).ToList();
        codes.ShouldNotBeEmpty();
        codes.ShouldAllBe(c => c.StartsWith("ACH-", StringComparison.Ordinal));
        sources.QuerySelector("#bronnen tbody th a")!.GetAttribute("href")!.ShouldContain("/interviews/");

        var edit = await app.GetAsync(journey.QuerySelector("#stappen a[href$='/edit']")!.GetAttribute("href")!);
        var empty = await app.Browser.SubmitAsync(edit, "form.inbeeld-form", new Dictionary<string, string?> { ["Input.Description"] = " " });
        empty.Errors().ShouldContain(e => e.Contains("Wat er gebeurde", StringComparison.Ordinal));
        var edited = await app.Browser.SubmitAsync(edit, "form.inbeeld-form", new Dictionary<string, string?> { ["Input.Description"] = "Sanne stopt met school" });
        edited.QuerySelector("#stappen tbody tr")!.TextContent.ShouldContain("Sanne stopt met school");
        edited.QuerySelectorAll("[data-testid=edited]").Length.ShouldBe(1);

        var svg = await app.Browser.Client.GetAsync(new Uri(Browser.UrlOf(journey).AbsolutePath + "?handler=Svg", UriKind.Relative));
        svg.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        (await svg.Content.ReadAsStringAsync()).ShouldContain("Uitval en weer gevonden");
        await using var db = app.CreateContext();
        (await db.AuditEntries.CountAsync(a => a.Action == AuditActions.Export && a.ObjectType == "CompositeJourney")).ShouldBe(1);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Persona_IsAlwaysMarkedFictitious_AndPrintsAsOneA4Pdf(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await DemoAsync(app);

        var form = await app.GetAsync($"/studies/{study}/personas/edit");
        form.Body!.TextContent.ShouldContain("Fictief persoon");
        var invalid = await app.Browser.SubmitAsync(form, "form.inbeeld-form", new Dictionary<string, string?> { ["Input.Name"] = "", ["Input.Age"] = "200" });
        invalid.Errors().Count.ShouldBe(2);
        (await app.CreateContext().Personas.CountAsync()).ShouldBe(0);

        var card = await app.Browser.SubmitAsync(form, "form.inbeeld-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Sanne", ["Input.Age"] = "19", ["Input.Situation"] = "Woont bij haar moeder.", ["Input.Story"] = "Stopte met school.",
        });
        card.Heading().ShouldBe("Sanne");
        card.QuerySelector("[data-testid=fictitious]")!.TextContent.ShouldBe("Fictief persoon");
        var pdf = await app.Browser.Client.GetAsync(new Uri(Browser.UrlOf(card).AbsolutePath + "?handler=Pdf", UriKind.Relative));
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task MemberCheck_PrintsTheRouteInB1_AndRecordsTheAnswer(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await DemoAsync(app);
        Guid interview;
        await using (var db = app.CreateContext())
        {
            interview = await db.Interviews.Where(i => i.StudyId == study).OrderBy(i => i.Date).Select(i => i.Id).FirstAsync();
        }

        var page = await app.GetAsync($"/studies/{study}/interviews/{interview}/member-check");
        var text = page.QuerySelector("[data-testid=member-check]")!.TextContent;
        text.ShouldContain("Jouw route: klopt dit?");
        text.ShouldContain("Stap 1");
        text.ShouldContain("Ja, dit klopt.");

        var answer = await app.GetAsync($"/studies/{study}/interviews/{interview}/member-check/answer");
        var missing = await app.Browser.SubmitAsync(answer, "form.inbeeld-form", new Dictionary<string, string?> { ["Answer"] = "Corrected" });
        missing.Errors().ShouldContain(e => e.Contains("Wat moet anders", StringComparison.Ordinal));
        var saved = await app.Browser.SubmitAsync(answer, "form.inbeeld-form", new Dictionary<string, string?> { ["Answer"] = "Corrected", ["Correction"] = "Het was de tweede school." });
        saved.QuerySelector("[data-testid=answers]")!.TextContent.ShouldContain("Gecorrigeerd");
        await using var check = app.CreateContext();
        var record = await check.MemberChecks.SingleAsync();
        (record.InterviewId, record.Correction, record.RecordedBy).ShouldBe((interview, "Het was de tweede school.", "onderzoeker"));
        record.PrintedAt.ShouldNotBeNull();
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task ChainPartner_SeesTheCompositeButNotItsSourceInterviews(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await DemoAsync(app);
        Guid group;
        await using (var db = app.CreateContext())
        {
            var service = new InBeeld.Data.Composites.GroupingService(db, TimeProvider.System);
            await service.SaveAsync(study, await service.ComputeAsync(study, 3, [], CancellationToken.None), [], "onderzoeker", CancellationToken.None);
            group = await db.JourneyGroups.OrderBy(g => g.Number).Select(g => g.Id).FirstAsync();
            await new InBeeld.Data.Composites.CompositeService(db, TimeProvider.System).BuildAsync(study, group, CancellationToken.None);
            var me = await db.StudyMembers.SingleAsync(m => m.StudyId == study);
            me.Role = StudyRole.ChainPartner;
            me.OrganizationId = await db.Organizations.Where(o => o.StudyId == study).Select(o => o.Id).FirstAsync();
            await db.SaveChangesAsync();
        }

        var journey = await app.GetAsync($"/studies/{study}/composites/groups/{group}/journey");
        app.Browser.LastStatus.ShouldBe(HttpStatusCode.OK);
        journey.QuerySelector("#stappen").ShouldNotBeNull();
        journey.QuerySelector("[data-testid=sources-link]").ShouldBeNull();
        var index = await app.GetAsync($"/studies/{study}/composites");
        index.QuerySelector("#groepen tbody a[href*='/groups/'][href$='" + group + "']").ShouldBeNull(); // no link to the member list
    }
}
