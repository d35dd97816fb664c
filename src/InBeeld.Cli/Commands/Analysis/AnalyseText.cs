using System.Globalization;
using System.Resources;

namespace InBeeld.Cli.Commands.Analysis;

/// <summary>Texts of <c>inbeeld analyse</c>: Dutch (neutral) with English in AnalyseText.en.resx.</summary>
internal static class AnalyseText
{
    private static readonly ResourceManager Resources = new("InBeeld.Cli.Commands.Analysis.AnalyseText", typeof(AnalyseText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
