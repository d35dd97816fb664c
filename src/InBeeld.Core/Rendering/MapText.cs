using System.Globalization;
using InBeeld.Core.Localization;

namespace InBeeld.Core.Rendering;

/// <summary>
/// Texts printed on maps and in map files. A map is a Dutch document whatever language the
/// person exporting it reads the app in (it is shared with Dutch policy makers and
/// professionals), so the texts come from CoreText in Dutch, not in the current UI culture.
/// </summary>
internal static class MapText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Get(string key, params object?[] args) => CoreText.Get(Dutch, key, args);
}
