using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Smoke;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task HomePage_IsDutch_HasOneMainLandmark_AndNoAxeViolations()
    {
        await using var session = await browser.NewSessionAsync();

        // VisitAsync runs axe (WCAG 2.1 AA) and fails on any violation.
        await session.VisitAsync("/", "home");

        await Expect(session.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(session.Page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(session.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Onderzoeken");
        await session.FinishAsync();
    }

    [Fact]
    public async Task FirstTab_FocusesSkipLink_WhichMovesFocusToMainContent()
    {
        await using var session = await browser.NewSessionAsync();
        await session.VisitAsync("/", "home");

        await session.Page.Keyboard.PressAsync("Tab");

        var skipLink = session.Page.GetByRole(AriaRole.Link, new() { Name = "Naar de inhoud" });
        await Expect(skipLink).ToBeFocusedAsync();
        // The link is hidden until focused; a sighted keyboard user must be able to see it.
        await Expect(skipLink).ToBeVisibleAsync();
        await session.AuditAsync("skip link focused");

        await session.Page.Keyboard.PressAsync("Enter");

        await Expect(session.Page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        await session.FinishAsync();
    }
}
