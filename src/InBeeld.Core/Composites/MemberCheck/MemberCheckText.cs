using System.Globalization;
using System.Resources;

namespace InBeeld.Core.Composites.MemberCheck;

/// <summary>
/// The sentences of the member check. Dutch (B1: short sentences, everyday words, "je") is the
/// neutral language; English is in MemberCheckText.en.resx for participants who read English better.
/// </summary>
public static class MemberCheckText
{
    private static readonly ResourceManager Resources = new("InBeeld.Core.Composites.MemberCheck.MemberCheckText", typeof(MemberCheckText).Assembly);

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        var format = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"Missing text resource '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }
}
