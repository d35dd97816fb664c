using System.Globalization;
using System.Resources;

namespace InBeeld.Data.Coding;

/// <summary>
/// Messages of the codebook and coding services: Dutch neutral, English in CodingText.en.resx. The
/// current UI culture picks the language, so the web pages and the CLI show the same words.
/// </summary>
public static class CodingText
{
    private static readonly ResourceManager Resources = new("InBeeld.Data.Coding.CodingText", typeof(CodingText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var culture = CultureInfo.CurrentUICulture;
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
