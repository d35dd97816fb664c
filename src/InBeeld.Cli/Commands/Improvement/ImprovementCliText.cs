using System.Globalization;
using System.Resources;

namespace InBeeld.Cli.Commands.Improvement;

/// <summary>Texts of <c>inbeeld actions</c> and <c>inbeeld plan</c>: Dutch (neutral) with English in ImprovementCliText.en.resx.</summary>
internal static class ImprovementCliText
{
    private static readonly ResourceManager Resources = new("InBeeld.Cli.Commands.Improvement.ImprovementCliText", typeof(ImprovementCliText).Assembly);

    public static string Get(string key, params object?[] args)
    {
        var format = Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.CurrentCulture, format, args);
    }
}
