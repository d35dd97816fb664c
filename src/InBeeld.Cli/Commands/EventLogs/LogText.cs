using System.Globalization;
using System.Resources;

namespace InBeeld.Cli.Commands.EventLogs;

/// <summary>Texts of the <c>inbeeld log</c> commands: Dutch (neutral) with English in LogText.en.resx.</summary>
internal static class LogText
{
    private static readonly ResourceManager Resources = new("InBeeld.Cli.Commands.EventLogs.LogText", typeof(LogText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(Core.EventLogs.EventLogText.Culture, format, args);
    }
}
