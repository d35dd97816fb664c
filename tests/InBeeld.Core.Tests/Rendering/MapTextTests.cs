using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

public sealed partial class MapTextTests
{
    [Fact]
    public void Map_StaysDutchWhateverTheUiLanguage()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
            var dutch = JourneyMapRenderer.RenderSvg(JourneyMapFixtures.Realistic());
            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            JourneyMapRenderer.RenderSvg(JourneyMapFixtures.Realistic()).ShouldBe(dutch);
            dutch.ShouldContain("Koude overdracht: doorverwezen, verhaal opnieuw verteld");
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void EveryCoreText_HasAnEnglishTwinWithTheSamePlaceholders()
    {
        var dutch = Read("CoreText.resx");
        var english = Read("CoreText.en.resx");
        english.Keys.ShouldBe(dutch.Keys, ignoreOrder: true);
        foreach (var (key, value) in dutch)
        {
            Placeholders(english[key]).ShouldBe(Placeholders(value), key);
        }
    }

    private static Dictionary<string, string> Read(string file, [CallerFilePath] string source = "") =>
        XDocument.Load(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "src", "InBeeld.Core", "Localization", file))
            .Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")!.Value);

    private static List<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
