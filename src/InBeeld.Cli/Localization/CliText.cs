using System.Globalization;
using System.Resources;

namespace InBeeld.Cli.Localization;

/// <summary>Texts of the command-line tool: Dutch (neutral) with English in CliText.en.resx.</summary>
internal static class CliText
{
    private static readonly ResourceManager Resources = new("InBeeld.Cli.Localization.CliText", typeof(CliText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
