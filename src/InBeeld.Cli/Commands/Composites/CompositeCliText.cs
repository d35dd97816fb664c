using System.Globalization;
using System.Resources;

namespace InBeeld.Cli.Commands.Composites;

/// <summary>Texts of <c>inbeeld cluster</c> and <c>inbeeld composite</c>: Dutch (neutral) with English in CompositeCliText.en.resx.</summary>
internal static class CompositeCliText
{
    private static readonly ResourceManager Resources = new("InBeeld.Cli.Commands.Composites.CompositeCliText", typeof(CompositeCliText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
