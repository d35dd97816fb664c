using InBeeld.Core.Rendering;

namespace InBeeld.Core.Tests.Rendering;

/// <summary>
/// Writes rendered maps to the folder in INBEELD_RENDER_PREVIEW (when set) so a person can open
/// them in a browser; the tests themselves never depend on it.
/// </summary>
internal static class JourneyMapPreview
{
    public static string Render(JourneyMapModel model, string name)
    {
        var svg = JourneyMapRenderer.RenderSvg(model);
        var folder = Environment.GetEnvironmentVariable("INBEELD_RENDER_PREVIEW");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".svg"), svg);
        }

        return svg;
    }
}
