using System.Net;
using AngleSharp.Html.Dom;
using InBeeld.Core.Access;
using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;
using InBeeld.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

namespace InBeeld.IntegrationTests.Pages.Navigation;

/// <summary>
/// The study navigation per role: exactly the groups and links the role may use, in the order of
/// the method cycle, and every link shown opens while every link left out is refused.
/// </summary>
public sealed class StudyNavTests
{
    // Every link of the full navigation, with its address under /studies/{id}.
    private static readonly Dictionary<string, string> Addresses = new()
    {
        ["Onderzoek"] = "", ["Lijsten"] = "/vocabulary",
        ["Deelnemers"] = "/participants", ["Interviews"] = "/interviews",
        ["Overzicht"] = "/overview", ["Analyse"] = "/analysis", ["Codeboek"] = "/codebook", ["Overeenstemming"] = "/agreement",
        ["Samengestelde reizen"] = "/composites", ["Logboeken"] = "/logs", ["Stappen van mijn organisatie"] = "/steps",
        ["Gewenste klantreizen"] = "/desired", ["Verbeteracties"] = "/actions", ["Woordenlijst"] = "/glossary", ["Hermeting"] = "/remeasurement",
        ["Leden"] = "/members", ["Auditlog"] = "/audit",
    };

    // What each role should see, written out by hand from AccessMatrix rather than computed from it.
    private static readonly Dictionary<StudyRole, string[]> Expected = new()
    {
        [StudyRole.Coordinator] =
        [
            "Opzet: Onderzoek | Lijsten",
            "Ervaringen ophalen: Deelnemers | Interviews",
            "Analyse: Overzicht | Analyse | Codeboek | Overeenstemming | Samengestelde reizen | Logboeken | Stappen van mijn organisatie",
            "Verbeteren: Gewenste klantreizen | Verbeteracties | Woordenlijst | Hermeting",
            "Beheer: Leden | Auditlog",
        ],
        [StudyRole.Researcher] =
        [
            "Opzet: Onderzoek",
            "Ervaringen ophalen: Deelnemers | Interviews",
            "Analyse: Overzicht | Analyse | Codeboek | Overeenstemming | Samengestelde reizen | Logboeken | Stappen van mijn organisatie",
            "Verbeteren: Gewenste klantreizen | Verbeteracties | Woordenlijst | Hermeting",
        ],
        [StudyRole.ChainPartner] =
        [
            "Opzet: Onderzoek",
            "Analyse: Overzicht | Analyse | Samengestelde reizen | Logboeken | Stappen van mijn organisatie",
            "Verbeteren: Gewenste klantreizen | Verbeteracties | Woordenlijst | Hermeting",
        ],
        [StudyRole.Reader] = ["Opzet: Onderzoek"],
    };

    [Theory, ClassData(typeof(Providers))]
    public async Task EachRole_SeesExactlyItsGroupsAndLinks_AndEveryLinkShownOpens(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);
        Guid uwv;
        await using (var db = app.CreateContext())
        {
            uwv = await db.Organizations.Where(o => o.Name == "UWV").Select(o => o.Id).SingleAsync();
        }

        var browsers = new Dictionary<StudyRole, Browser> { [StudyRole.Coordinator] = app.Browser };
        foreach (var (role, name) in new[] { (StudyRole.Researcher, "nav-onderzoeker"), (StudyRole.ChainPartner, "nav-ketenpartner"), (StudyRole.Reader, "nav-lezer") })
        {
            var account = await TestAccounts.CreateAsync(app.Factory, name);
            await TestAccounts.GrantAsync(app.Factory, study, account.Id, role, role == StudyRole.ChainPartner ? uwv : null);
            browsers[role] = app.NewBrowser();
            await TestAccounts.SignInAsync(browsers[role], name);
        }

        foreach (var (role, browser) in browsers)
        {
            var details = await browser.GetAsync($"/studies/{study}");
            string.Join("\n", Rows(details)).ShouldBe(string.Join("\n", Expected[role]), $"navigation of {role}");

            var shown = Expected[role].SelectMany(r => r[(r.IndexOf(':') + 2)..].Split(" | ")).ToHashSet();
            foreach (var (link, address) in Addresses)
            {
                await browser.GetAsync($"/studies/{study}{address}");
                browser.LastResponse!.StatusCode.ShouldBe(shown.Contains(link) ? HttpStatusCode.OK : HttpStatusCode.Forbidden, $"{role} opening {link}");
            }
        }

        browsers.Where(b => b.Key != StudyRole.Coordinator).ToList().ForEach(b => b.Value.Dispose());
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CurrentPage_IsMarked_AndItsGroupToo(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var study = await Scenario.CreateStudyWithVocabularyAsync(app.Browser);

        var actions = await app.GetAsync($"/studies/{study}/actions");

        var current = actions.QuerySelectorAll("nav.inbeeld-studynav a[aria-current='page']").Select(a => a.TextContent.Trim()).ToList();
        current.ShouldBe(["Verbeteracties"]);
        var currentGroups = actions.QuerySelectorAll("nav.inbeeld-studynav .inbeeld-studynav__group--current").Select(g => g.GetAttribute("data-group")).ToList();
        currentGroups.ShouldBe(["Improvement"]);

        // Each list is named by its group's label, which must exist on the page (an id typo would leave it unnamed).
        foreach (var list in actions.QuerySelectorAll("nav.inbeeld-studynav ul"))
        {
            var label = actions.GetElementById(list.GetAttribute("aria-labelledby")!);
            label.ShouldNotBeNull();
            label.TextContent.Trim().ShouldNotBeEmpty();
        }
    }

    /// <summary>The navigation as "Group: link | link" lines, in page order.</summary>
    private static List<string> Rows(IHtmlDocument page) =>
        page.QuerySelectorAll("nav.inbeeld-studynav .inbeeld-studynav__group")
            .Select(g => g.QuerySelector(".inbeeld-studynav__label")!.TextContent.Trim() + ": "
                + string.Join(" | ", g.QuerySelectorAll("a").Select(a => a.TextContent.Trim())))
            .ToList();
}
