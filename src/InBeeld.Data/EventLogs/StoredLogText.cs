using System.Globalization;
using System.Resources;

namespace InBeeld.Data.EventLogs;

/// <summary>Messages of the log store, Dutch with English in StoredLogText.en.resx (same pattern as Core's EventLogText).</summary>
public static class StoredLogText
{
    private static readonly ResourceManager Resources = new("InBeeld.Data.EventLogs.StoredLogText", typeof(StoredLogText).Assembly);

    /// <exception cref="InvalidOperationException">The key is missing: a programming error, caught by tests.</exception>
    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
