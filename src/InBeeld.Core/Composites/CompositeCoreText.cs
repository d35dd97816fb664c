using System.Globalization;
using System.Resources;

namespace InBeeld.Core.Composites;

/// <summary>
/// Texts that composite journeys carry outside the web pages (default group names, the text shown for
/// a source that is gone): Dutch neutral, English in CompositeCoreText.en.resx. Map texts are asked for in
/// Dutch, as maps are Dutch documents.
/// </summary>
public static class CompositeCoreText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.Composites.CompositeCoreText", typeof(CompositeCoreText).Assembly);

    public static CultureInfo Dutch { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Get(string key, params object?[] args) => Get(CultureInfo.CurrentUICulture, key, args);

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
