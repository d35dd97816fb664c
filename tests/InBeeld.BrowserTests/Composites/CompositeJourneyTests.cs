using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.Core.Access;
using InBeeld.Core.Demo;
using InBeeld.Data.Interchange;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Composites;

[Collection(BrowserCollection.Name)]
public sealed class CompositeJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task DemoStudy_IsGrouped_RenamedGroupGetsAComposite_WhoseStepsLeadToTheirInterviews()
    {
        // The demo study, imported as the app would on first start (the browser tests' server starts empty).
        var study = await browser.SeedAsync(db => new StudyImporter(db, TimeProvider.System).ImportAsync(DemoStudy.Create(), null, CancellationToken.None));
        await browser.GrantAsync(study, BrowserFixture.ResearcherName, StudyRole.Researcher);
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;

        await session.VisitAsync($"/studies/{study}", "demo study");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Samengestelde reizen" }), "composites, no grouping yet");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Groepen laten voorstellen" }), "propose form");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Groepen voorstellen" }), "groups proposed");

        // The demo retells ten story arcs; the silhouette finds all ten, and says why.
        await Expect(page.GetByTestId("grouping-reason")).ToContainTextAsync("InBeeld stelde 10 groepen voor");
        var groups = page.GetByRole(AriaRole.Table, new() { Name = "Groepen van interviews met een vergelijkbare route" });
        await Expect(groups.GetByRole(AriaRole.Row)).ToHaveCountAsync(11);
        await page.GetByText("Waarom dit aantal groepen?").ClickAsync();
        await session.AuditAsync("reason opened");

        await session.ClickToNavigateAsync(groups.GetByRole(AriaRole.Link).First, "group page");
        await page.GetByLabel("Naam van de groep").FillAsync("Uitval en weer gevonden");
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Naam opslaan" }), "group renamed");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Groep: Uitval en weer gevonden");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Samengestelde klantreis maken" }), "composite journey");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Samengestelde klantreis: Uitval en weer gevonden");
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Klantreis van Uitval en weer gevonden") });
        await Expect(map).ToBeVisibleAsync();
        var firstStep = page.GetByTestId("sources-link").First;
        await Expect(firstStep).ToContainTextAsync(new Regex(@"^\d+ van 4 interviews"));

        await session.ClickToNavigateAsync(firstStep, "sources of step 1");
        var sources = page.GetByRole(AriaRole.Table, new() { Name = "Echte stappen achter stap 1" });
        var interviews = sources.GetByRole(AriaRole.Link);
        (await interviews.CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        var code = (await interviews.First.TextContentAsync())!.Trim();
        code.ShouldStartWith("ACH-");

        await session.ClickToNavigateAsync(interviews.First, "source interview");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(code);
        await session.FinishAsync();
    }
}
