using System.Globalization;
using System.Resources;

namespace InBeeld.Core.Localization;

/// <summary>
/// User-facing texts produced by Core (validation and import messages). Dutch is the neutral
/// language; English lives in CoreText.en.resx. The current UI culture picks the language, so the
/// web app and the CLI share one set of messages.
/// </summary>
public static class CoreText
{
    private static readonly ResourceManager Resources =
        new("InBeeld.Core.Localization.CoreText", typeof(CoreText).Assembly);

    /// <summary>The text for <paramref name="key"/>, formatted with <paramref name="args"/>.</summary>
    /// <exception cref="InvalidOperationException">The key is missing: a programming error, caught by tests.</exception>
    public static string Get(string key, params object?[] args) => Get(CultureInfo.CurrentUICulture, key, args);

    /// <summary>The text for <paramref name="key"/> in a fixed <paramref name="culture"/>, e.g. a map that is always Dutch.</summary>
    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture)
            ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
