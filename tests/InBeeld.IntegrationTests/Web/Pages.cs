using AngleSharp.Html.Dom;

namespace InBeeld.IntegrationTests.Web;

/// <summary>Small readers for what tests look at on a page.</summary>
public static class Pages
{
    /// <summary>The messages in the error summary at the top of a form page.</summary>
    public static IReadOnlyList<string> Errors(this IHtmlDocument page) =>
        page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The error summary links point at field ids: which fields they name.</summary>
    public static IReadOnlyList<string> ErrorTargets(this IHtmlDocument page) =>
        page.QuerySelectorAll("#error-summary li a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();

    public static string Heading(this IHtmlDocument page) =>
        page.QuerySelector("h1")?.TextContent.Trim() ?? "";

    /// <summary>The id that the route gives the page, e.g. the study id in /studies/{id}.</summary>
    public static Guid IdAfter(this IHtmlDocument page, string segment)
    {
        var parts = Browser.UrlOf(page).AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.IndexOf(parts, segment);
        return Guid.Parse(parts[index + 1]);
    }
}
