using System.Runtime.CompilerServices;
using System.Text;
using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>
/// The three-step map must render byte-for-byte like Golden/small-map.svg. After an intended
/// change to the renderer, regenerate it and review the diff before committing:
/// <code>INBEELD_UPDATE_GOLDEN=1 dotnet test tests/InBeeld.Core.Tests --filter FullyQualifiedName~JourneyMapGoldenFileTests</code>
/// </summary>
public sealed class JourneyMapGoldenFileTests
{
    [Fact]
    public void SmallMap_MatchesGoldenFile()
    {
        var path = GoldenPath();
        var actual = JourneyMapRenderer.RenderSvg(JourneyMapFixtures.Small());
        if (Environment.GetEnvironmentVariable("INBEELD_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing; set INBEELD_UPDATE_GOLDEN=1 to create it.");
        actual.ShouldBe(File.ReadAllText(path, Encoding.UTF8), "Rendering changed; if intended, regenerate with INBEELD_UPDATE_GOLDEN=1 and review the diff.");
    }

    [Fact]
    public void Rendering_IsDeterministicAcrossCultures()
    {
        var model = JourneyMapFixtures.Realistic();
        var original = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("nl-NL");
            var dutch = JourneyMapRenderer.RenderSvg(model);
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            JourneyMapRenderer.RenderSvg(model).ShouldBe(dutch);
            dutch.ShouldNotContain("\r");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = original;
        }
    }

    // The file lives next to this source file, not in bin/, so an update lands in the repository.
    private static string GoldenPath([CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden", "small-map.svg");
}
