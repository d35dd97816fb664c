using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.BrowserTests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.EventLogs;

[Collection(BrowserCollection.Name)]
public sealed class EventLogPagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task UploadedXes_ShowsTheProcessMap_Variants_AndDropOut_AndPassesAxe()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        var study = $"Logboek {Guid.NewGuid():N}"[..14];
        await CapturePages.CreateStudyAsync(session, study, [("UWV", "UWV")], ["Aanmelding"]);
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Logboeken", Exact = true }), "event logs");
        await Expect(page.GetByText("Er zijn nog geen logboeken in dit onderzoek.")).ToBeVisibleAsync();
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "Logboek toevoegen" }), "upload form");

        var file = Path.Combine(Path.GetTempPath(), $"wijkteam-{Guid.NewGuid():N}.xes");
        await File.WriteAllTextAsync(file, WijkteamAttributes.Xes);
        try
        {
            await page.GetByLabel("Bestand").SetInputFilesAsync(file);
            await page.GetByLabel("Naam van het logboek").FillAsync("Wijkteam 2024");

            // The upload goes through XHR (progress bar); the answer replaces the page and the address follows.
            await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijkteam 2024");
            await Expect(page).ToHaveURLAsync(new Regex("/logs/[0-9a-f-]{36}$"));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("4 zaken, 12 gebeurtenissen");
        }
        finally
        {
            File.Delete(file);
        }

        await session.AuditAsync("log page");

        // The map is drawn in the browser: an image named by its title, nodes with a real size inside it.
        var map = page.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("^Proceskaart van Wijkteam 2024") });
        await Expect(map).ToBeVisibleAsync();
        var mapBox = (await map.BoundingBoxAsync())!;
        var node = page.Locator("[data-testid=process-map] .dfg-nodes rect").First;
        var nodeBox = (await node.BoundingBoxAsync())!;
        nodeBox.Width.ShouldBeGreaterThan(60);
        nodeBox.Height.ShouldBeGreaterThan(20);
        nodeBox.X.ShouldBeGreaterThanOrEqualTo(mapBox.X);
        (nodeBox.X + nodeBox.Width).ShouldBeLessThanOrEqualTo(mapBox.X + mapBox.Width + 0.5f);
        (await page.Locator("[data-testid=process-map] .dfg-nodes rect").CountAsync()).ShouldBe(4);

        var variants = page.GetByRole(AriaRole.Table, new() { NameRegex = new Regex("^De 3 vaakste varianten") });
        await Expect(variants.GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await Expect(variants.GetByRole(AriaRole.Row).Nth(1)).ToContainTextAsync("Aanmelding → Intake → Toewijzing (301) → Start zorg (305)");

        await page.GetByLabel("Start zorg (305)").CheckAsync();
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Uitval tonen" }), "drop-out");
        await Expect(page.GetByTestId("dropout-summary")).ToContainTextAsync("2 van de 4 zaken vallen uit");
        var dropOut = page.GetByRole(AriaRole.Table, new() { Name = "Waar zaken uitvallen: laatste activiteit" });
        await Expect(dropOut.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);

        // The attribute filter in two steps, as without JavaScript: the key, then its values.
        await page.GetByLabel("Kenmerk", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "wijk (zaak)" });
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toepassen" }), "attribute key chosen");
        await Expect(page.GetByText("Kies een of meer waarden en klik op Toepassen.")).ToBeVisibleAsync();
        await page.GetByLabel("Noord (2 zaken)").CheckAsync();
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toepassen" }), "attribute filtered");
        await Expect(page.GetByTestId("active-filters")).ToHaveTextAsync("Gefilterd: wijk is Noord. Na de filters: 2 zaken, 6 gebeurtenissen.");
        await Expect(page).ToHaveURLAsync(new Regex("kenmerk=wijk.*waarde=Noord"));
        await Expect(dropOut.GetByRole(AriaRole.Row)).ToHaveCountAsync(2, new() { Timeout = 5_000 });
        await session.FinishAsync();
    }
}
