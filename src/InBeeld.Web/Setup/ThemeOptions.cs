using System.Text.RegularExpressions;

namespace InBeeld.Web.Setup;

/// <summary>
/// The NL Design System theme. A municipality plugs in its own theme by naming its theme class
/// (e.g. "utrecht-theme") and the stylesheet that defines it, served from its own wwwroot or host.
/// </summary>
public sealed partial record ThemeOptions
{
    public const string SectionName = "Theme";

    public string ClassName { get; init; } = "voorbeeld-theme";

    /// <summary>A site-relative path ("/themes/gemeente.css") or an https URL; null uses the built-in voorbeeld theme.</summary>
    public string? StylesheetUrl { get; init; }

    internal bool IsValid() =>
        ClassNamePattern().IsMatch(ClassName)
        && (string.IsNullOrEmpty(StylesheetUrl) || StylesheetOrigin() is not null || IsSiteRelative(StylesheetUrl));

    /// <summary>The origin to allow in the Content-Security-Policy when the stylesheet lives on another host.</summary>
    internal string? StylesheetOrigin() =>
        Uri.TryCreate(StylesheetUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    private static bool IsSiteRelative(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_-]{0,99}$")]
    private static partial Regex ClassNamePattern();
}
