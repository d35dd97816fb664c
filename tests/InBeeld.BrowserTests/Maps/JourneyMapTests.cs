using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.BrowserTests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Maps;

[Collection(BrowserCollection.Name)]
public sealed class JourneyMapTests(BrowserFixture browser)
{
    private static readonly RouteStep[] Steps =
    [
        new("Mentor bespreekt de overstap naar het mbo", "Oriëntatie", "Mbo-college", 1, "Koud"),
        new("Meldt zich bij het UWV voor een uitkering", "Aanmelding", "UWV", -2, "Warm"),
        new("Consulent komt thuis en neemt de tijd", "Aanmelding", "Mbo-college", 2, "Geen"),
    ];

    [Fact]
    public async Task InterviewPage_ShowsTheMap_ZoomsWithoutScript_AndOffersTheTableAndDownloads()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var study = $"Kaart {Guid.NewGuid():N}"[..12];
        await CapturePages.CreateStudyAsync(session, study, [("Mbo-college", "School – mbo"), ("UWV", "UWV")], ["Oriëntatie", "Aanmelding"]);
        await CapturePages.RegisterParticipantAsync(session, "ACH-011");
        await CapturePages.RecordInterviewAsync(session, "ACH-011", "2025-04-02");
        for (var i = 0; i < Steps.Length; i++)
        {
            await CapturePages.AddStepAsync(session, Steps[i], i + 1);
        }

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Bekijk als tijdlijn" }), "interview with map");

        // The SVG is an image named by its title and described by its summary; its text stays text.
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex($"^Klantreis van ACH-011 – {Regex.Escape(study)}") });
        await Expect(map).ToBeVisibleAsync();
        await Expect(page.Locator("svg.journey-map g.card")).ToHaveCountAsync(3);
        await Expect(page.Locator("svg.journey-map g.handover")).ToHaveCountAsync(2);
        await Expect(page.Locator("svg.journey-map g.card").First).ToContainTextAsync("Mentor bespreekt de overstap");

        // "Passend" shrinks the map to the width of its frame, by CSS alone.
        var viewport = page.GetByRole(AriaRole.Region, new() { Name = "Klantreiskaart (schuif opzij voor de hele route)" });
        var before = (await map.BoundingBoxAsync())!.Width;
        await page.GetByLabel("Passend").CheckAsync();
        var frame = (await viewport.BoundingBoxAsync())!.Width;
        var fitted = (await map.BoundingBoxAsync())!.Width;
        fitted.ShouldBeLessThanOrEqualTo(frame);
        await page.GetByLabel("150%").CheckAsync();
        ((double)(await map.BoundingBoxAsync())!.Width).ShouldBe(before * 1.5, 2.0);
        await page.GetByLabel("100%").CheckAsync();

        await page.GetByText("De kaart als tabel").ClickAsync();
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Stappen van de klantreis van ACH-011" });
        await Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(table.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("Meldt zich bij het UWV voor een uitkering");
        await Expect(table.GetByRole(AriaRole.Row).Nth(2)).ToContainTextAsync("−2 zeer slecht");
        await session.AuditAsync("map as table");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "PDF: poster op A3" }).ClickAsync());
        download.SuggestedFilename.ShouldBe("klantreis-ACH-011-2025-04-02-a3.pdf");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Kaart op een eigen pagina" }), "map page");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Klantreiskaart van ACH-011");
        await Expect(map).ToBeVisibleAsync();
        await session.FinishAsync();
    }
}
