using Microsoft.Playwright;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// axe-core cannot run in a context with JavaScript disabled (its promises and timers never fire,
/// even through CDP or axe's legacy mode), so a page seen without JavaScript is checked in a twin:
/// a JavaScript-enabled page at the same address that is served the exact DOM the user saw, with
/// the page's own scripts blocked by a Content-Security-Policy so they cannot change it.
/// </summary>
internal sealed class ScriptlessPageAuditor(IBrowser browser, BrowserNewContextOptions contextOptions) : IAsyncDisposable
{
    private IBrowserContext? _context;

    public async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var url = page.Url;
        var html = ShowNoscriptContent(await page.ContentAsync());
        _context ??= await browser.NewContextAsync(contextOptions);
        var twin = await _context.NewPageAsync();
        try
        {
            await twin.RouteAsync(address => address == url, route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = html,
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "script-src 'none'" },
            }));
            await twin.GotoAsync(url);
            await AccessibilityAudit.AssertNoViolationsAsync(twin, where + " [without JavaScript]");
        }
        finally
        {
            await twin.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    /// <summary>
    /// A scripting browser renders &lt;noscript&gt; as inert text; the user without JavaScript sees its
    /// content, so it becomes an ordinary element for the check.
    /// </summary>
    private static string ShowNoscriptContent(string html) => html
        .Replace("<noscript>", "<div data-noscript=\"\">", StringComparison.OrdinalIgnoreCase)
        .Replace("</noscript>", "</div>", StringComparison.OrdinalIgnoreCase);
}
