using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InBeeld.BrowserTests.Localization;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture browser)
{
    [Fact]
    public async Task LanguageSwitch_ShowsEnglishTexts_AndSwitchesBackToDutch()
    {
        await using var session = await browser.NewSessionAsync();
        var page = session.Page;
        await session.VisitAsync("/", "home in Dutch");

        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }), "home in English");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Studies");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToHaveCountAsync(1);

        // The choice sticks across pages, forms included.
        await session.ClickToNavigateAsync(page.GetByRole(AriaRole.Link, new() { Name = "New study" }), "new study form in English");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New study");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEditableAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Create study" })).ToBeVisibleAsync();

        await session.ClickToNavigateAsync(
            page.GetByRole(AriaRole.Button, new() { Name = "Schakel over naar Nederlands" }), "new study form back in Dutch");

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nieuw onderzoek");
        await session.FinishAsync();
    }
}
