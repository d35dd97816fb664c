using System.Globalization;
using AngleSharp.Html.Dom;
using InBeeld.Core.Access;
using InBeeld.Core.Auditing;
using InBeeld.Core.Interviews;
using InBeeld.Core.Participants;
using InBeeld.Core.Studies;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using InBeeld.Web.Pages.Analysis;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Pages.Analysis;

public sealed class EvidencePagingTests
{
    private const int AtUwv = 125;

    [Theory, ClassData(typeof(Providers))]
    public async Task Evidence_PagesThroughAllItems_InPseudonymOrder_WithLinksThatKeepTheFilters(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await SeedAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);

        var analysis = await app.GetAsync($"/studies/{seed.Study}/analysis?fase={seed.Aanvraag}");
        var cell = analysis.QuerySelectorAll("table[data-table=organizations] tbody tr").Cast<IHtmlTableRowElement>()
            .Single(r => r.Cells[0].TextContent.Trim() == "UWV").Cells[1];
        cell.TextContent.Trim().ShouldStartWith("125 van 125");

        var first = await app.GetAsync(cell.QuerySelector("a")!.GetAttribute("href")!);
        // The count followed and the totals of the evidence page agree.
        first.QuerySelector("[data-testid=evidence-counts]")!.TextContent.ShouldContain("125 van de 125 interviews, met 125 stappen");
        Range(first, "h-interviews").ShouldBe("1–50 van 125");
        Range(first, "h-steps").ShouldBe("1–50 van 125");
        Range(first, "h-quotes").ShouldBe("1–50 van 125");
        Interviews(first).ShouldBe(Codes(1, 50));
        first.QuerySelector("[data-testid=pager-h-interviews] a[rel=prev]").ShouldBeNull();

        var auditedBefore = await ReadsAsync(app, seed.Study);
        var next = Link(first, "h-interviews", "next");
        next.ShouldContain($"fase={seed.Aanvraag}");
        next.ShouldContain($"eOrg={seed.Uwv}");
        next.ShouldContain("interviewpagina=2");
        var second = await app.GetAsync(next);
        (await ReadsAsync(app, seed.Study)).ShouldBe(auditedBefore + 1, "every page of the evidence is a read of raw data");
        Range(second, "h-interviews").ShouldBe("51–100 van 125");
        Interviews(second).ShouldBe(Codes(51, 100));
        // The other lists keep their own page.
        Range(second, "h-steps").ShouldBe("1–50 van 125");
        Link(second, "h-interviews", "prev").ShouldContain("interviewpagina=1");

        var steps = await app.GetAsync(Link(second, "h-steps", "next"));
        Range(steps, "h-steps").ShouldBe("51–100 van 125");
        Range(steps, "h-interviews").ShouldBe("51–100 van 125");
        steps.QuerySelectorAll("#h-steps ~ div tbody th").Select(th => th.TextContent.Trim()).ShouldBe(Codes(51, 100));

        var last = await app.GetAsync(Link(second, "h-interviews", "next"));
        Range(last, "h-interviews").ShouldBe("101–125 van 125");
        Interviews(last).ShouldBe(Codes(101, 125));
        last.QuerySelector("[data-testid=pager-h-interviews] a[rel=next]").ShouldBeNull();
        Link(last, "h-interviews", "prev").ShouldContain("interviewpagina=2");

        var quotes = await app.GetAsync(Link(first, "h-quotes", "next"));
        Range(quotes, "h-quotes").ShouldBe("51–100 van 125");
        quotes.QuerySelectorAll("[data-testid=evidence-quotes] blockquote").Select(q => q.TextContent).ShouldBe(Codes(51, 100).Select(c => "Citaat van " + c));
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task Evidence_PageBeyondTheLast_ShowsTheLastPage_WithADutchMessage(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var seed = await SeedAsync(app.Database);
        await app.JoinAsync(seed.Study, StudyRole.Researcher);

        var page = await app.GetAsync($"/studies/{seed.Study}/analysis/evidence?eOrg={seed.Uwv}&interviewpagina=9&stappagina=nul");

        app.Browser.LastStatus.ShouldBe(System.Net.HttpStatusCode.OK);
        page.QuerySelector("[data-testid=page-out-of-range-h-interviews]")!.TextContent.ShouldBe("Pagina 9 bestaat niet. U ziet de laatste pagina (3).");
        Range(page, "h-interviews").ShouldBe("101–125 van 125");
        Range(page, "h-steps").ShouldBe("1–50 van 125", "a page number that is no number gives the first page");
    }

    [Fact]
    public void Counts_AreWrittenInTheReadersNotation()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl");
            EvidencePager.Number(1312).ShouldBe("1.312");
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en");
            EvidencePager.Number(1312).ShouldBe("1,312");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    private static string Range(IHtmlDocument page, string list) =>
        page.QuerySelector($"[data-testid=pager-{list}] [data-testid=page-range]")!.TextContent.Trim();

    private static string Link(IHtmlDocument page, string list, string rel) =>
        page.QuerySelector($"[data-testid=pager-{list}] a[rel={rel}]")!.GetAttribute("href")!;

    private static List<string> Interviews(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=evidence-interviews] li a").Select(a => a.TextContent.Trim())];

    private static List<string> Codes(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Select(Code)];

    private static string Code(int n) => "T-" + n.ToString("000", CultureInfo.InvariantCulture);

    private static async Task<int> ReadsAsync(TestApp app, Guid study)
    {
        await using var db = app.CreateContext();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.Read && e.StudyId == study);
    }

    /// <summary>
    /// 125 consented interviews with one step at UWV in the phase Aanvraag, each with a quote, plus five
    /// at the Gemeente in Nazorg. Inserted in a scrambled order, so the pseudonym order on the page is
    /// the page's doing and not the insertion order.
    /// </summary>
    private static async Task<(Guid Study, Guid Aanvraag, Guid Uwv)> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await SchemaUpgrader.UpgradeAsync(db, CancellationToken.None);
        var study = new Study { Title = "Bladeren", CreatedAt = DateTimeOffset.UnixEpoch };
        var (uwv, gemeente) = (new Organization { Name = "UWV", Type = OrganizationType.Uwv, Order = 0 }, new Organization { Name = "Gemeente", Type = OrganizationType.Other, Order = 1 });
        var (aanvraag, nazorg) = (new Phase { Name = "Aanvraag", Order = 0 }, new Phase { Name = "Nazorg", Order = 1 });
        study.Organizations.AddRange([uwv, gemeente]);
        study.Phases.AddRange([aanvraag, nazorg]);
        db.Studies.Add(study);
        void Add(string code, Organization organization, Phase phase)
        {
            var participant = new Participant { StudyId = study.Id, Code = code };
            db.Participants.Add(participant);
            db.Interviews.Add(new Interview
            {
                StudyId = study.Id, ParticipantId = participant.Id, Date = new DateOnly(2025, 3, 1), Consent = new Consent { Given = true },
                Steps = [new Step { Order = 0, OrganizationId = organization.Id, PhaseId = phase.Id, Description = "Stap van " + code, Quotes = [new Quote { Text = "Citaat van " + code }] }],
            });
        }

        for (var i = 0; i < AtUwv; i++)
        {
            Add(Code((i * 47 % AtUwv) + 1), uwv, aanvraag);
        }

        for (var i = 1; i <= 5; i++)
        {
            Add("N-" + i.ToString(CultureInfo.InvariantCulture), gemeente, nazorg);
        }

        await db.SaveChangesAsync();
        return (study.Id, aanvraag.Id, uwv.Id);
    }
}
