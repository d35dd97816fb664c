using InBeeld.Core.Rendering.Layout;
using InBeeld.Core.Rendering.Mermaid;
using InBeeld.Core.Rendering.Pdf;
using InBeeld.Core.Rendering.Svg;

namespace InBeeld.Core.Rendering;

/// <summary>
/// The one entry point for journey maps: model → layout → SVG or PDF, or the model as Mermaid
/// text. Web pages, the CLI and the downloads all call this, so every channel shows the same map.
/// </summary>
public static class JourneyMapRenderer
{
    public static JourneyMapLayout Layout(JourneyMapModel model) => JourneyMapLayouter.Layout(model);

    public static string RenderSvg(JourneyMapModel model) => SvgJourneyMapWriter.ToSvg(Layout(model));

    public static void RenderSvg(JourneyMapModel model, Stream output) => SvgJourneyMapWriter.Write(Layout(model), output);

    /// <summary>The SVG element alone (no XML declaration), for embedding in an HTML page.</summary>
    public static string RenderInlineSvg(JourneyMapModel model) => SvgJourneyMapWriter.ToSvg(Layout(model), inline: true);

    /// <exception cref="Pdf.Fonts.FontMissingException">A Noto font file is missing; nothing was written.</exception>
    public static void RenderPdf(JourneyMapModel model, PdfMapOptions options, Stream output) =>
        PdfJourneyMapWriter.Write(model, options, output);

    public static string RenderMermaid(JourneyMapModel model) => MermaidJourneyWriter.ToText(model);
}
