using InBeeld.Data.Setup;
using InBeeld.IntegrationTests.Infrastructure;

namespace InBeeld.IntegrationTests.Web;

public sealed class LocalizationTests
{
    [Theory, ClassData(typeof(Providers))]
    public async Task LanguageSwitch_ToEnglish_ChangesTextsAndLangAttribute(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var home = await app.GetAsync("/");
        home.Heading().ShouldBe("Onderzoeken");
        home.DocumentElement.GetAttribute("lang").ShouldBe("nl");

        var english = await app.Browser.SubmitAsync(home, "form.inbeeld-language");

        english.Heading().ShouldBe("Studies");
        english.DocumentElement.GetAttribute("lang").ShouldBe("en");
        var form = await app.GetAsync("/studies/new");
        var refused = await app.Browser.SubmitAsync(form, "form.inbeeld-form", Scenario.Fields(("Input.Title", "")));
        refused.Errors().ShouldBe(["Title is required."]);
    }

    [Theory, ClassData(typeof(Providers))]
    public async Task CultureQuery_ShowsEnglishForThatRequest(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var english = await app.GetAsync("/?culture=en");
        var dutch = await app.GetAsync("/");

        english.QuerySelector("a.nl-button")!.TextContent.Trim().ShouldBe("New study");
        dutch.QuerySelector("a.nl-button")!.TextContent.Trim().ShouldBe("Nieuw onderzoek");
    }
}
