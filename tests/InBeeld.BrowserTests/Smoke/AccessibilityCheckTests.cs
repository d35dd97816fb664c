using InBeeld.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace InBeeld.BrowserTests.Smoke;

/// <summary>
/// Guards the guard: every other test relies on the axe check, so it must demonstrably fail on an
/// inaccessible page (a typo in the rule tags would otherwise run zero rules and pass everything).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture browser)
{
    // An unlabelled input and an image without alt; the script would hide both if it were allowed to run.
    private const string InaccessiblePage = """
        <!DOCTYPE html>
        <html lang="nl"><head><title>Zelftest</title></head>
        <body><main><h1>Zelftest</h1><input type="text"><img src="data:,">
        <script>document.querySelector("main").innerHTML = "<h1>Zelftest</h1>";</script>
        </main></body></html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AxeCheck_FailsOnAnInaccessiblePage_WithRuleAndElement(bool javaScriptEnabled)
    {
        await using var session = await browser.NewSessionAsync(javaScriptEnabled);
        // With JavaScript on the script is made inert here; without, the check itself must keep it
        // from running (its twin page would otherwise see the repaired page and pass).
        var body = javaScriptEnabled
            ? InaccessiblePage.Replace("<script>", "<script type=\"text/plain\">", StringComparison.Ordinal)
            : InaccessiblePage;
        // Served at the app's own address, so the check runs exactly as it does for real pages.
        await session.Page.RouteAsync("**/axe-self-test", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = body,
        }));

        var failure = await Should.ThrowAsync<Exception>(() => session.VisitAsync("/axe-self-test", "deliberately inaccessible"));

        failure.Message.ShouldContain("label [critical]");
        failure.Message.ShouldContain("image-alt [critical]");
        failure.Message.ShouldContain("at input");
    }
}
