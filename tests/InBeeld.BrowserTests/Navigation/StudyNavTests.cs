using System.Text.RegularExpressions;
using InBeeld.BrowserTests.Infrastructure;
using InBeeld.BrowserTests.Journeys;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Navigation;

[Collection(BrowserCollection.Name)]
public sealed class StudyNavTests(BrowserFixture browser)
{
    private static readonly string[] CoordinatorLinks =
    [
        "Onderzoek", "Lijsten", "Deelnemers", "Interviews",
        "Overzicht", "Analyse", "Codeboek", "Overeenstemming", "Samengestelde reizen", "Logboeken", "Stappen van mijn organisatie",
        "Gewenste klantreizen", "Verbeteracties", "Woordenlijst", "Hermeting", "Leden", "Auditlog",
    ];

    /// <summary>
    /// At 320 px (WCAG 1.4.10 reflow) the grouped navigation fits without sideways scrolling, every group
    /// label and link shows, the keyboard reaches every link in reading order, and Enter opens one.
    /// </summary>
    [Fact]
    public async Task GroupedNav_At320Pixels_FitsAndWorksWithTheKeyboard()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await CapturePages.CreateStudyAsync(session, $"Nav {Guid.NewGuid():N}"[..12], [("UWV", "UWV")], ["Aanmelding"]);
        await page.SetViewportSizeAsync(320, 800);
        await page.ReloadAsync();
        await session.AuditAsync("vocabulary at 320 px");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van dit onderzoek" });
        foreach (var group in new[] { "Opzet", "Ervaringen ophalen", "Analyse", "Verbeteren", "Beheer" })
        {
            await Expect(nav.GetByRole(AriaRole.List, new() { Name = group, Exact = true })).ToBeVisibleAsync();
        }

        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, "no sideways scrolling at 320 px");
        var navBox = (await nav.BoundingBoxAsync())!;
        (navBox.X + navBox.Width).ShouldBeLessThanOrEqualTo(320);
        await Expect(nav.Locator("a[aria-current='page']")).ToHaveTextAsync("Lijsten");

        // Tab from the top of the page and note every navigation link that gets focus.
        await page.Locator("body").FocusAsync();
        var reached = new List<string>();
        for (var i = 0; i < 80 && reached.Count < CoordinatorLinks.Length; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var text = await page.EvaluateAsync<string?>(
                "() => document.activeElement?.closest('nav.inbeeld-studynav') ? document.activeElement.textContent.trim() : null");
            if (text is not null && !reached.Contains(text))
            {
                reached.Add(text);
            }

            if (text == "Verbeteracties")
            {
                var box = await page.EvaluateAsync<double[]>("() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.right]; }");
                box[0].ShouldBeGreaterThanOrEqualTo(0);
                box[1].ShouldBeLessThanOrEqualTo(320, "a focused link stays within the screen");
            }
        }

        reached.ShouldBe(CoordinatorLinks);

        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.Locator(":focus")).ToHaveTextAsync("Leden");
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
        }

        await Expect(page.Locator(":focus")).ToHaveTextAsync("Verbeteracties");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/actions$"));
        await page.WaitForLoadStateAsync(LoadState.Load);
        await session.AuditAsync("actions opened with Enter");
        await Expect(nav.Locator("a[aria-current='page']")).ToHaveTextAsync("Verbeteracties");
        await Expect(nav.Locator(".inbeeld-studynav__group--current")).ToHaveAttributeAsync("data-group", "Improvement");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320);
        await session.FinishAsync();
    }
}
