using System.Globalization;
using System.Resources;

namespace InBeeld.Core.EventLogs;

/// <summary>
/// User-facing texts of the event-log engine (read errors, labels in text output and drawings):
/// Dutch neutral, English in EventLogText.en.resx — the same pattern as <c>Localization/CoreText</c>,
/// kept in its own pair so this feature's texts stay together.
/// </summary>
public static class EventLogText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.EventLogs.EventLogText", typeof(EventLogText).Assembly);

    /// <summary>
    /// How numbers and durations are written for people: Dutch (1.234,5) unless the UI language is
    /// English. Fixed cultures, so output does not depend on the machine's regional settings.
    /// </summary>
    public static CultureInfo Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en"
        ? CultureInfo.GetCultureInfo("en-GB")
        : CultureInfo.GetCultureInfo("nl-NL");

    /// <exception cref="InvalidOperationException">The key is missing: a programming error, caught by tests.</exception>
    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(Culture, format, args);
    }
}
