using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace InBeeld.BrowserTests.Infrastructure;

/// <summary>
/// Runs axe-core against the page as it is now and fails with a list a developer can act on.
/// Dutch public-sector sites must meet WCAG 2.1 AA (EN 301 549), hence exactly these tags.
/// </summary>
internal static class AccessibilityAudit
{
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are reported; passes and inapplicable rules would just slow the run down.
        ResultTypes = [ResultType.Violations],
    };

    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var result = await page.RunAxe(Options);
        if (result.Violations.Length == 0)
        {
            return;
        }

        Assert.Fail(Describe(where, page.Url, result.Violations));
    }

    private static string Describe(string where, string url, IEnumerable<AxeResultItem> violations)
    {
        var report = new StringBuilder()
            .Append("axe-core found WCAG 2.1 AA violations at ").Append(where).Append(" (").Append(url).AppendLine("):");
        foreach (var violation in violations)
        {
            report.Append("- ").Append(violation.Id).Append(" [").Append(violation.Impact).Append("] ")
                .Append(violation.Help).Append(" (").Append(violation.HelpUrl).AppendLine(")");
            foreach (var node in violation.Nodes)
            {
                report.Append("    at ").Append(node.Target).Append("  ").AppendLine(Shorten(node.Html));
            }
        }

        return report.ToString();
    }

    private static string Shorten(string? html)
    {
        const int MaxLength = 160;
        var text = (html ?? string.Empty).ReplaceLineEndings(" ");
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
    }
}
