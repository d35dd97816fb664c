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
    /// <summary>The language of maps; also formats their dates ("14 maart 2024").</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static string Get(string key, params object?[] args) => CoreText.Get(Culture, key, args);

    /// <summary>"1 stap" or "3 stappen": the key for one and the key for more.</summary>
    public static string Count(int n, string one, string many) =>
        Get(n == 1 ? one : many, n.ToString(CultureInfo.InvariantCulture));
}
