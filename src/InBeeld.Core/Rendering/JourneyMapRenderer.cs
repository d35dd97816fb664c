using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Svg;

namespace InBeeld.Core.Rendering;

/// <summary>
/// The one entry point for journey maps: model → layout → SVG. Web pages, the CLI and (later)
/// the PDF export all call this, so every channel shows the same map.
/// </summary>
public static class JourneyMapRenderer
{
    public static JourneyMapLayout Layout(JourneyMapModel model) => JourneyMapLayouter.Layout(model);

    public static string RenderSvg(JourneyMapModel model) => SvgJourneyMapWriter.ToSvg(Layout(model));

    public static void RenderSvg(JourneyMapModel model, Stream output) => SvgJourneyMapWriter.Write(Layout(model), output);
}
